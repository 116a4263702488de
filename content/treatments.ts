import { links } from './links';
import type { WiderTopic } from './types';

/**
 * Treatments and tests that pages on this topic name. Lumbar Lens says what they are, never
 * whether to use them, how much, or for which cause.
 */
const treatmentList = [
  {
    id: 'pain-relief',
    title: 'Painkillers',
    summary:
      'Medicines that ease pain. Some, the NSAIDs such as ibuprofen, also bring down swelling; the strongest, opioids, need a prescription.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.painRelieversMedline, links.ibuprofenNhs, links.paracetamolNhs],
  },
  {
    id: 'muscle-relaxants',
    title: 'Muscle relaxants',
    summary:
      'Prescription medicines that help tight, spasming muscles relax; some, such as diazepam, can make you drowsy or dizzy.',
    getCare: null,
    source: 'NHS',
    links: [links.backPainNhs],
  },
  {
    id: 'steroid-injections',
    title: 'Steroid injections',
    summary:
      'Injections of a strong anti-inflammatory medicine into a joint, a muscle or around the spine, given by a health professional.',
    getCare: null,
    source: 'NHS',
    links: [links.steroidInjectionsNhs],
  },
  {
    id: 'antibiotics',
    title: 'Antibiotics',
    summary:
      'Medicines that kill bacteria or stop them multiplying. They treat infections caused by bacteria, not by viruses.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.antibioticsMedline, links.antibioticsNhs],
  },
  {
    id: 'physiotherapy',
    title: 'Physiotherapy (physical therapy)',
    summary:
      'Treatment by a trained therapist who uses exercise, movement and hands-on techniques to ease pain and help the body move and work better.',
    getCare: null,
    source: 'NHS',
    links: [links.physiotherapyNhs, links.physicalTherapyMedline],
  },
  {
    id: 'pelvic-floor-exercises',
    title: 'Pelvic floor exercises',
    summary:
      'Repeatedly squeezing and relaxing the muscles of the pelvic floor, which hold up the bladder and bowel, to make them stronger.',
    getCare: null,
    source: 'NHS',
    links: [links.pelvicFloorExercisesNhs, links.kegelExercisesMedline],
  },
  {
    id: 'imaging',
    title: 'Scans and X-rays',
    summary:
      'Tests that make pictures of the inside of the body: X-rays and CT scans use radiation, MRI uses magnets, ultrasound uses sound waves.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.mriScansMedline, links.ctScansMedline, links.xRaysMedline, links.ultrasoundMedline],
  },
  {
    id: 'lab-tests',
    title: 'Urine and blood tests',
    summary:
      'Samples of pee or blood, checked with a dipstick or in a lab for signs of infection, blood, inflammation and other problems.',
    getCare: null,
    source: 'MedlinePlus',
    links: [links.urinalysisMedline, links.bloodTestsNhs],
  },
  {
    id: 'sti-testing',
    title: 'STI testing',
    summary:
      'Checks for sexually transmitted infections, usually with a pee sample, a swab or a blood test, often at a confidential sexual health clinic.',
    getCare: null,
    source: 'NHS',
    links: [links.stiNhs],
  },
  {
    id: 'laparoscopy',
    title: 'Laparoscopy (keyhole surgery)',
    summary:
      'An operation in which a thin tube with a camera goes in through a small cut in the tummy, so a surgeon can look inside and sometimes treat.',
    getCare: null,
    source: 'NHS',
    links: [links.laparoscopyNhs],
  },
] as const satisfies readonly WiderTopic[];

export type TreatmentId = (typeof treatmentList)[number]['id'];

export const treatmentTopics: readonly (WiderTopic & { id: TreatmentId })[] = treatmentList;
