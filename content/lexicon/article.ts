import type { CauseId } from '../causes';
import type { ConditionId } from '../conditions';
import type { LexiconEntry } from '../types';

interface ArticleEntry extends LexiconEntry {
  topic: CauseId | ConditionId;
}

/**
 * The terms the highlighter looks for. Each maps to one topic (a checklist cause or a
 * named condition) and one category, which picks its highlight style. Plurals and the
 * disc/disk spelling are generated; word orders and synonyms are listed.
 */
export const articleLexicon: readonly ArticleEntry[] = [
  // General back pain: the article's subject, not one cause.
  {
    term: 'low back pain',
    topic: 'back-pain',
    category: 'symptom',
    variants: ['lower back pain', 'low-back pain', 'lumbar pain', 'pain in the lower back'],
  },
  { term: 'backache', topic: 'back-pain', category: 'symptom', variants: ['back ache'] },
  { term: 'lumbago', topic: 'back-pain', category: 'symptom' },
  { term: 'back pain', topic: 'back-pain', category: 'symptom' },
  { term: 'sciatica', topic: 'disc-herniation', category: 'symptom', variants: ['sciatic pain'] },
  { term: 'radiating pain', topic: 'disc-herniation', category: 'symptom', variants: ['radiating leg pain'] },

  // After sex
  {
    term: 'back pain after sex',
    topic: 'sex-intensity',
    category: 'symptom',
    variants: [
      'back pain after intercourse',
      'lower back pain after sex',
      'low back pain after sex',
      'back pain after sexual intercourse',
    ],
  },
  {
    term: 'sexual frequency',
    topic: 'sex-intensity',
    category: 'risk',
    variants: ['frequency of sex', 'frequent sex', 'frequent sexual intercourse', 'frequent intercourse'],
  },
  {
    term: 'sexual position',
    topic: 'sex-position',
    category: 'risk',
    variants: ['sex position', 'position during sex', 'intercourse position'],
  },
  {
    term: 'back injury',
    topic: 'injury-after-sex',
    category: 'condition',
    variants: ['lumbar injury', 'lower back injury'],
  },

  // Pregnancy and postpartum
  {
    term: 'pregnancy back pain',
    topic: 'pregnancy-postpartum',
    category: 'symptom',
    variants: ['back pain in pregnancy', 'back pain during pregnancy'],
  },
  {
    term: 'postpartum back pain',
    topic: 'pregnancy-postpartum',
    category: 'symptom',
    variants: ['postnatal back pain', 'back pain after giving birth'],
  },
  {
    term: 'pelvic girdle pain',
    topic: 'pregnancy-postpartum',
    category: 'symptom',
    variants: ['symphysis pubis dysfunction'],
  },
  { term: 'relaxin', topic: 'pregnancy-postpartum', category: 'anatomy' },
  {
    term: 'ligament laxity',
    topic: 'pregnancy-postpartum',
    category: 'condition',
    variants: ['ligament relaxation', 'lax ligament'],
  },
  { term: 'decalcification', topic: 'pregnancy-postpartum', category: 'condition' },
  {
    term: 'pregnancy',
    topic: 'pregnancy-postpartum',
    category: 'risk',
    variants: ['postpartum', 'postnatal period', 'postpartum period'],
  },

  // Traditional Chinese medicine concepts
  {
    term: 'kidney deficiency',
    topic: 'kidney-deficiency',
    category: 'tcm',
    variants: ['kidney qi deficiency', 'kidney yang deficiency', 'kidney yin deficiency', 'deficiency of the kidney'],
  },
  {
    term: 'blood stasis',
    topic: 'blood-stasis',
    category: 'tcm',
    variants: ['blood-stasis', 'qi and blood stagnation', 'stasis of blood'],
  },
  {
    term: 'cold and dampness',
    topic: 'cold-dampness',
    category: 'tcm',
    variants: ['cold-dampness', 'cold dampness', 'cold-damp', 'wind-cold-dampness', 'dampness and cold'],
  },

  // Strains and sprains
  {
    term: 'lumbar muscle strain',
    topic: 'lumbar-muscle-strain',
    category: 'condition',
    variants: [
      'lumbar strain',
      'low back strain',
      'lower back strain',
      'back strain',
      'pulled back muscle',
      'lumbosacral strain',
      'strained back',
    ],
  },
  { term: 'lumbar ligament', topic: 'lumbar-muscle-strain', category: 'anatomy', variants: ['lumbar muscle'] },
  {
    term: 'acute lumbar sprain',
    topic: 'high-heels',
    category: 'condition',
    variants: ['lumbar sprain', 'back sprain', 'low back sprain', 'lower back sprain', 'sprained back'],
  },
  {
    term: 'high heels',
    topic: 'high-heels',
    category: 'risk',
    variants: ['high-heeled shoes', 'high heeled shoes', 'high-heel shoes', 'stilettos'],
  },

  // Lumbar spine disease
  { term: 'osteoporosis', topic: 'lumbar-spine-disease', category: 'condition' },
  { term: 'osteopenia', topic: 'lumbar-spine-disease', category: 'condition' },
  {
    term: 'compression fracture',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: [
      'vertebral compression fracture',
      'vertebral fracture',
      'vertebral collapse fracture',
      'collapsed vertebra',
      'spinal fracture',
    ],
  },
  {
    term: 'spinal stenosis',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: ['lumbar spinal stenosis', 'lumbar stenosis', 'stenosis of the spine'],
  },
  { term: 'neurogenic claudication', topic: 'lumbar-spine-disease', category: 'symptom' },
  {
    term: 'osteophyte',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: ['bone spur', 'spinal bone spur'],
  },
  {
    term: 'spondylosis',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: ['lumbar spondylosis', 'spinal osteoarthritis'],
  },
  {
    term: 'lumbar spine disease',
    topic: 'lumbar-spine-disease',
    category: 'condition',
    variants: ['lumbar spine disorder', 'degenerative disc disease'],
  },
  {
    term: 'lumbar spine',
    topic: 'lumbar-spine-disease',
    category: 'anatomy',
    variants: ['lumbar vertebra', 'lumbar vertebrae', 'lower spine'],
  },
  { term: 'vertebra', topic: 'lumbar-spine-disease', category: 'anatomy', variants: ['vertebrae'] },

  // Pelvic tumours
  { term: 'pelvic tumour', topic: 'pelvic-tumours', category: 'condition', variants: ['pelvic tumor', 'pelvic mass'] },
  {
    term: 'uterine fibroid',
    topic: 'pelvic-tumours',
    category: 'condition',
    variants: ['fibroid', 'leiomyoma', 'myoma', 'uterine myoma', 'fibroids of the uterus'],
  },
  {
    term: 'cervical cancer',
    topic: 'pelvic-tumours',
    category: 'condition',
    variants: ['cancer of the cervix', 'cervix cancer'],
  },
  {
    term: 'ovarian cyst',
    topic: 'pelvic-tumours',
    category: 'condition',
    variants: ['cyst on the ovary', 'ovary cyst'],
  },

  // Disc herniation
  {
    term: 'lumbar disc herniation',
    topic: 'disc-herniation',
    category: 'condition',
    variants: [
      'herniated lumbar disc',
      'lumbar herniated disc',
      'herniated disc',
      'disc herniation',
      'slipped disc',
      'ruptured disc',
      'prolapsed disc',
      'disc prolapse',
      'bulging disc',
      'disc bulge',
      'herniated nucleus pulposus',
      'lumbar disc prolapse',
    ],
  },
  {
    term: 'intervertebral disc',
    topic: 'disc-herniation',
    category: 'anatomy',
    variants: ['spinal disc', 'lumbar disc', 'nucleus pulposus'],
  },
  {
    term: 'bed traction',
    topic: 'disc-herniation',
    category: 'risk',
    variants: ['spinal traction', 'lumbar traction'],
  },

  // Sacroiliac joint
  {
    term: 'sacroiliac joint strain',
    topic: 'sacroiliac-strain',
    category: 'condition',
    variants: [
      'sacroiliac joint sprain',
      'sacroiliac strain',
      'sacroiliac sprain',
      'SI joint dysfunction',
      'sacroiliac joint dysfunction',
      'sacroiliac joint pain',
      'SI joint pain',
    ],
  },
  { term: 'sacroiliitis', topic: 'sacroiliac-strain', category: 'condition' },
  {
    term: 'sacroiliac joint',
    topic: 'sacroiliac-strain',
    category: 'anatomy',
    variants: ['SI joint', 'sacro-iliac joint'],
  },
  { term: 'sacrum', topic: 'sacroiliac-strain', category: 'anatomy' },
  { term: 'iliac bone', topic: 'sacroiliac-strain', category: 'anatomy', variants: ['ilium'] },

  // Conditions to rule out, and the red flags' emergency
  {
    term: 'kidney stone',
    topic: 'kidney-stones',
    category: 'condition',
    variants: ['renal calculus', 'renal calculi', 'nephrolithiasis', 'renal colic', 'kidney calculus'],
  },
  {
    term: 'nephritis',
    topic: 'nephritis',
    category: 'condition',
    variants: ['glomerulonephritis', 'kidney inflammation'],
  },
  { term: 'cauda equina syndrome', topic: 'cauda-equina', category: 'urgent', variants: ['cauda equina'] },
  {
    term: 'saddle numbness',
    topic: 'cauda-equina',
    category: 'urgent',
    variants: ['saddle anaesthesia', 'saddle anesthesia'],
  },
];
