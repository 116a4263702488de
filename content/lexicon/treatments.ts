import type { LexiconEntry } from '../types';
import type { TreatmentId } from '../treatments';

interface TreatmentEntry extends LexiconEntry {
  topic: TreatmentId;
  category: 'treatment';
}

/**
 * Treatments and tests pages name: highlighted and defined, never advised. Brand names only
 * where they are how most people say it (Tylenol, Advil, Aleve, Nurofen, Motrin, Valium,
 * Voltaren). Left out on purpose: "CT" alone (chlamydia, Connecticut), "PT" (part-time),
 * "ESI", "epidural" alone (the labour anaesthetic), "pelvic exam" (no vetted page yet).
 */
export const treatmentLexicon: readonly TreatmentEntry[] = [
  // Painkillers
  {
    term: 'painkiller',
    topic: 'pain-relief',
    category: 'treatment',
    variants: [
      'pain killer',
      'pain reliever',
      'pain medication',
      'pain medicine',
      'pain relief medicine',
      'pain relief medication',
      'analgesic',
    ],
  },
  { term: 'ibuprofen', topic: 'pain-relief', category: 'treatment', variants: ['advil', 'motrin', 'nurofen'] },
  { term: 'naproxen', topic: 'pain-relief', category: 'treatment', variants: ['aleve'] },
  { term: 'paracetamol', topic: 'pain-relief', category: 'treatment', variants: ['acetaminophen', 'tylenol'] },
  { term: 'aspirin', topic: 'pain-relief', category: 'treatment', variants: ['acetylsalicylic acid'] },
  { term: 'diclofenac', topic: 'pain-relief', category: 'treatment', variants: ['voltaren'] },
  {
    term: 'NSAID',
    topic: 'pain-relief',
    category: 'treatment',
    variants: [
      'non-steroidal anti-inflammatory drug',
      'nonsteroidal anti-inflammatory drug',
      'non-steroidal anti-inflammatory medicine',
      'nonsteroidal anti-inflammatory medicine',
      'nonsteroidal anti-inflammatories',
      'non-steroidal anti-inflammatories',
      'anti-inflammatory drug',
      'anti-inflammatory medicine',
      'anti-inflammatory medication',
      'anti-inflammatory painkiller',
      'anti-inflammatories',
    ],
  },
  {
    term: 'opioid',
    topic: 'pain-relief',
    category: 'treatment',
    variants: ['opioid painkiller', 'opiate', 'narcotic painkiller', 'narcotic pain reliever'],
  },
  { term: 'codeine', topic: 'pain-relief', category: 'treatment' },
  { term: 'co-codamol', topic: 'pain-relief', category: 'treatment' },
  { term: 'tramadol', topic: 'pain-relief', category: 'treatment' },
  { term: 'morphine', topic: 'pain-relief', category: 'treatment' },

  // Muscle relaxants
  {
    term: 'muscle relaxant',
    topic: 'muscle-relaxants',
    category: 'treatment',
    variants: ['muscle relaxer', 'skeletal muscle relaxant'],
  },
  { term: 'diazepam', topic: 'muscle-relaxants', category: 'treatment', variants: ['valium'] },
  { term: 'cyclobenzaprine', topic: 'muscle-relaxants', category: 'treatment' },
  { term: 'methocarbamol', topic: 'muscle-relaxants', category: 'treatment' },

  // Injections
  {
    term: 'steroid injection',
    topic: 'steroid-injections',
    category: 'treatment',
    variants: [
      'corticosteroid injection',
      'cortisone injection',
      'cortisone shot',
      'steroid shot',
      'steroid jab',
      'cortisone jab',
    ],
  },
  {
    term: 'epidural steroid injection',
    topic: 'steroid-injections',
    category: 'treatment',
    variants: ['epidural steroid shot', 'epidural corticosteroid injection'],
  },
  {
    term: 'facet joint injection',
    topic: 'steroid-injections',
    category: 'treatment',
    variants: ['facet injection', 'facet joint block', 'facet block'],
  },
  {
    term: 'nerve root block',
    topic: 'steroid-injections',
    category: 'treatment',
    variants: ['selective nerve root block', 'nerve root injection'],
  },
  { term: 'local anaesthetic', topic: 'steroid-injections', category: 'treatment', variants: ['local anesthetic'] },

  // Antibiotics
  { term: 'antibiotic', topic: 'antibiotics', category: 'treatment', variants: ['course of antibiotics'] },
  { term: 'doxycycline', topic: 'antibiotics', category: 'treatment' },
  { term: 'azithromycin', topic: 'antibiotics', category: 'treatment' },
  { term: 'ceftriaxone', topic: 'antibiotics', category: 'treatment' },
  { term: 'nitrofurantoin', topic: 'antibiotics', category: 'treatment' },
  { term: 'trimethoprim', topic: 'antibiotics', category: 'treatment' },
  { term: 'ciprofloxacin', topic: 'antibiotics', category: 'treatment' },
  { term: 'metronidazole', topic: 'antibiotics', category: 'treatment' },

  // Physiotherapy and hands-on treatment
  { term: 'physiotherapy', topic: 'physiotherapy', category: 'treatment', variants: ['physical therapy', 'physio'] },
  { term: 'physiotherapist', topic: 'physiotherapy', category: 'treatment', variants: ['physical therapist'] },
  {
    term: 'manual therapy',
    topic: 'physiotherapy',
    category: 'treatment',
    variants: ['spinal manipulation', 'spinal manipulative therapy', 'spinal mobilisation', 'spinal mobilization'],
  },
  { term: 'chiropractor', topic: 'physiotherapy', category: 'treatment' },
  { term: 'chiropractic', topic: 'physiotherapy', category: 'treatment' },
  { term: 'osteopath', topic: 'physiotherapy', category: 'treatment' },
  { term: 'osteopathy', topic: 'physiotherapy', category: 'treatment' },
  {
    term: 'back exercise',
    topic: 'physiotherapy',
    category: 'treatment',
    variants: ['back stretch', 'back strengthening exercise'],
  },
  {
    term: 'TENS machine',
    topic: 'physiotherapy',
    category: 'treatment',
    variants: ['TENS', 'TENS unit', 'transcutaneous electrical nerve stimulation'],
  },

  // The pelvic floor
  {
    term: 'pelvic floor exercise',
    topic: 'pelvic-floor-exercises',
    category: 'treatment',
    variants: [
      'kegel exercise',
      'kegel',
      'pelvic floor muscle exercise',
      'pelvic muscle exercise',
      'pelvic floor muscle training',
      'pelvic floor training',
      'PFMT',
    ],
  },
  {
    term: 'pelvic floor physiotherapy',
    topic: 'pelvic-floor-exercises',
    category: 'treatment',
    variants: [
      'pelvic floor physical therapy',
      'pelvic floor physio',
      'pelvic floor therapy',
      'pelvic health physiotherapy',
      'pelvic floor rehabilitation',
    ],
  },

  // Scans and X-rays
  {
    term: 'MRI scan',
    topic: 'imaging',
    category: 'treatment',
    variants: ['MRI', 'MRI scanning', 'magnetic resonance imaging', 'magnetic resonance scan'],
  },
  {
    term: 'CT scan',
    topic: 'imaging',
    category: 'treatment',
    variants: [
      'CT scanning',
      'CAT scan',
      'computed tomography',
      'computed tomography scan',
      'computerised tomography',
      'computerized tomography',
    ],
  },
  { term: 'x-ray', topic: 'imaging', category: 'treatment', variants: ['xray', 'radiograph'] },
  {
    term: 'ultrasound scan',
    topic: 'imaging',
    category: 'treatment',
    variants: [
      'ultrasound',
      'ultrasonography',
      'sonogram',
      'sonography',
      'pelvic ultrasound',
      'pelvic ultrasound scan',
      'abdominal ultrasound',
      'transvaginal ultrasound',
      'transvaginal scan',
      'internal ultrasound',
    ],
  },
  {
    term: 'bone density scan',
    topic: 'imaging',
    category: 'treatment',
    variants: ['bone density test', 'bone mineral density test', 'DEXA scan', 'DXA scan', 'DEXA', 'DXA'],
  },

  // Urine and blood tests
  {
    term: 'urine test',
    topic: 'lab-tests',
    category: 'treatment',
    variants: [
      'urinalysis',
      'urinalyses',
      'urine sample',
      'urine specimen',
      'urine culture',
      'urine dipstick',
      'urine dipstick test',
      'dipstick test',
      'midstream urine sample',
    ],
  },
  {
    term: 'blood test',
    topic: 'lab-tests',
    category: 'treatment',
    variants: ['blood sample', 'blood work', 'bloodwork'],
  },
  { term: 'pregnancy test', topic: 'lab-tests', category: 'treatment' },

  // STI testing
  {
    term: 'STI test',
    topic: 'sti-testing',
    category: 'treatment',
    variants: [
      'STI testing',
      'STI screening',
      'STI screen',
      'STI check',
      'STD test',
      'STD testing',
      'STD screening',
      'sexual health check',
      'sexual health screen',
      'sexual health test',
      'chlamydia test',
      'chlamydia screening',
      'gonorrhoea test',
      'gonorrhea test',
    ],
  },
  {
    term: 'sexual health clinic',
    topic: 'sti-testing',
    category: 'treatment',
    variants: ['GUM clinic', 'genitourinary medicine clinic', 'STI clinic', 'STD clinic'],
  },

  // Keyhole surgery
  {
    term: 'laparoscopy',
    topic: 'laparoscopy',
    category: 'treatment',
    variants: ['keyhole surgery', 'laparoscopic surgery', 'diagnostic laparoscopy'],
  },
];
