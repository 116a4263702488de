import type { BeyondId } from '../beyond';
import type { ConditionId } from '../conditions';
import type { LexiconEntry } from '../types';
import type { WarningId } from '../warningSigns';

interface BeyondEntry extends LexiconEntry {
  topic: BeyondId | WarningId | ConditionId;
  category: 'beyond' | 'urgent';
}

/**
 * Terms of the topics beyond the article, and the urgent terms that mean "get care now".
 * 'urgent' terms belong to the condition they signal (ectopic pregnancy, cauda equina
 * syndrome) or, when they signal none in particular, to the warning signs.
 *
 * Left out on purpose: AS, CT, OA, GC, PFD, PBS and "endo" (ordinary words or other things),
 * "ectopic" alone (ectopic heartbeats), "pain after sex" (the article's own subject), "slipped
 * disc" (the article's disc herniation, not spondylolisthesis), "osteoarthritis of the spine"
 * (the article's "spinal osteoarthritis"), "urinary retention" alone (often long-term, not
 * urgent) and "bowel incontinence" as a red flag (a pelvic floor problem on its own).
 */
export const beyondLexicon: readonly BeyondEntry[] = [
  // Urinary tract and kidney infections
  {
    term: 'urinary tract infection',
    topic: 'urinary-tract-infection',
    category: 'beyond',
    variants: [
      'UTI',
      'urine infection',
      'water infection',
      'bladder infection',
      'cystitis',
      'urinary infection',
      'lower urinary tract infection',
      'lower UTI',
      'infection of the urinary tract',
      'honeymoon cystitis',
      'postcoital cystitis',
      'post-coital cystitis',
      'acute cystitis',
      'bacterial cystitis',
    ],
  },
  {
    term: 'painful urination',
    topic: 'urinary-tract-infection',
    category: 'beyond',
    variants: [
      'dysuria',
      'painful peeing',
      'pain when peeing',
      'pain when urinating',
      'burning when peeing',
      'burning when urinating',
      'burning sensation when peeing',
      'burning sensation when urinating',
      'burning urination',
      'stinging when peeing',
    ],
  },
  {
    term: 'blood in urine',
    topic: 'urinary-tract-infection',
    category: 'beyond',
    variants: [
      'blood in the urine',
      'blood in your urine',
      'blood in pee',
      'blood in your pee',
      'bloody urine',
      'haematuria',
      'hematuria',
    ],
  },
  {
    term: 'kidney infection',
    topic: 'kidney-infection',
    category: 'beyond',
    variants: [
      'pyelonephritis',
      'upper urinary tract infection',
      'upper UTI',
      'renal infection',
      'infection of the kidney',
      'infection of the kidneys',
    ],
  },

  // Pelvic inflammatory disease and STIs
  {
    term: 'pelvic inflammatory disease',
    topic: 'pelvic-inflammatory-disease',
    category: 'beyond',
    variants: ['PID', 'pelvic infection'],
  },
  {
    term: 'salpingitis',
    topic: 'pelvic-inflammatory-disease',
    category: 'beyond',
    variants: ['inflammation of the fallopian tubes', 'fallopian tube infection'],
  },
  { term: 'tubo-ovarian abscess', topic: 'pelvic-inflammatory-disease', category: 'beyond' },
  {
    term: 'sexually transmitted infection',
    topic: 'sexually-transmitted-infections',
    category: 'beyond',
    variants: [
      'STI',
      'STD',
      'sexually transmitted disease',
      'sexually transmissible infection',
      'sexually acquired infection',
      'venereal disease',
    ],
  },
  { term: 'genital herpes', topic: 'sexually-transmitted-infections', category: 'beyond' },
  {
    term: 'trichomoniasis',
    topic: 'sexually-transmitted-infections',
    category: 'beyond',
    variants: ['trichomonas', 'trichomonas vaginalis'],
  },
  { term: 'mycoplasma genitalium', topic: 'sexually-transmitted-infections', category: 'beyond' },
  { term: 'syphilis', topic: 'sexually-transmitted-infections', category: 'beyond' },
  {
    term: 'chlamydia',
    topic: 'chlamydia',
    category: 'beyond',
    variants: ['chlamydia infection', 'chlamydial infection', 'chlamydia trachomatis'],
  },
  {
    term: 'gonorrhoea',
    topic: 'gonorrhoea',
    category: 'beyond',
    variants: ['gonorrhea', 'the clap', 'gonococcal infection', 'neisseria gonorrhoeae'],
  },

  // The womb
  { term: 'endometriosis', topic: 'endometriosis', category: 'beyond' },
  {
    term: 'endometrioma',
    topic: 'endometriosis',
    category: 'beyond',
    variants: ['ovarian endometrioma', 'endometriotic cyst', 'chocolate cyst'],
  },
  { term: 'adenomyosis', topic: 'adenomyosis', category: 'beyond' },

  // Bladder pain and the prostate
  {
    term: 'interstitial cystitis',
    topic: 'interstitial-cystitis',
    category: 'beyond',
    variants: ['IC', 'BPS', 'bladder pain syndrome', 'painful bladder syndrome'],
  },
  {
    term: 'prostatitis',
    topic: 'prostatitis',
    category: 'beyond',
    variants: [
      'inflamed prostate',
      'prostate inflammation',
      'inflammation of the prostate',
      'prostate infection',
      'acute prostatitis',
      'acute bacterial prostatitis',
      'chronic bacterial prostatitis',
    ],
  },
  {
    term: 'chronic pelvic pain syndrome',
    topic: 'prostatitis',
    category: 'beyond',
    variants: [
      'CPPS',
      'CP/CPPS',
      'chronic nonbacterial prostatitis',
      'chronic non-bacterial prostatitis',
      'chronic abacterial prostatitis',
    ],
  },
  {
    term: 'painful ejaculation',
    topic: 'prostatitis',
    category: 'beyond',
    variants: [
      'pain on ejaculation',
      'pain during ejaculation',
      'pain when ejaculating',
      'pain after ejaculation',
      'ejaculatory pain',
    ],
  },

  // The pelvic floor
  {
    term: 'pelvic floor dysfunction',
    topic: 'pelvic-floor-dysfunction',
    category: 'beyond',
    variants: [
      'pelvic floor disorder',
      'pelvic floor problem',
      'pelvic floor muscle dysfunction',
      'pelvic floor weakness',
      'weak pelvic floor',
      'weak pelvic floor muscle',
      'weakened pelvic floor',
      'weakened pelvic floor muscle',
    ],
  },
  {
    term: 'hypertonic pelvic floor',
    topic: 'pelvic-floor-dysfunction',
    category: 'beyond',
    variants: [
      'hypertonic pelvic floor muscle',
      'overactive pelvic floor',
      'overactive pelvic floor muscle',
      'non-relaxing pelvic floor',
      'pelvic floor tension',
      'pelvic floor muscle tension',
      'pelvic floor spasm',
      'pelvic floor muscle spasm',
    ],
  },
  { term: 'pelvic floor', topic: 'pelvic-floor-dysfunction', category: 'beyond', variants: ['pelvic floor muscle'] },
  {
    term: 'pelvic organ prolapse',
    topic: 'pelvic-floor-dysfunction',
    category: 'beyond',
    variants: [
      'pelvic prolapse',
      'uterine prolapse',
      'womb prolapse',
      'prolapsed womb',
      'prolapse of the womb',
      'vaginal prolapse',
      'cystocele',
      'rectocele',
      'enterocele',
    ],
  },
  {
    term: 'urinary incontinence',
    topic: 'pelvic-floor-dysfunction',
    category: 'beyond',
    variants: [
      'stress incontinence',
      'stress urinary incontinence',
      'urge incontinence',
      'leaking urine',
      'bladder leak',
    ],
  },
  {
    term: 'faecal incontinence',
    topic: 'pelvic-floor-dysfunction',
    category: 'beyond',
    variants: ['fecal incontinence', 'bowel incontinence', 'accidental bowel leakage'],
  },

  // Joints and bones of the spine
  {
    term: 'osteoarthritis',
    topic: 'osteoarthritis',
    category: 'beyond',
    variants: ['degenerative joint disease', 'degenerative arthritis', 'wear and tear arthritis'],
  },
  { term: 'arthritis', topic: 'osteoarthritis', category: 'beyond' },
  {
    term: 'spinal arthritis',
    topic: 'osteoarthritis',
    category: 'beyond',
    variants: [
      'arthritis of the spine',
      'arthritis in the spine',
      'arthritis in the back',
      'back arthritis',
      'lumbar arthritis',
    ],
  },
  {
    term: 'facet joint arthritis',
    topic: 'osteoarthritis',
    category: 'beyond',
    variants: [
      'facet arthritis',
      'facet joint osteoarthritis',
      'facet joint syndrome',
      'facet arthropathy',
      'facet joint arthropathy',
    ],
  },
  { term: 'facet joint', topic: 'osteoarthritis', category: 'beyond', variants: ['zygapophyseal joint'] },
  { term: 'rheumatoid arthritis', topic: 'osteoarthritis', category: 'beyond' },
  {
    term: 'ankylosing spondylitis',
    topic: 'ankylosing-spondylitis',
    category: 'beyond',
    variants: [
      'axial spondyloarthritis',
      'axspa',
      'radiographic axial spondyloarthritis',
      'non-radiographic axial spondyloarthritis',
      'bechterew disease',
    ],
  },
  {
    term: 'spondyloarthritis',
    topic: 'ankylosing-spondylitis',
    category: 'beyond',
    variants: ['spondyloarthropathy', 'spondylarthritis'],
  },
  { term: 'inflammatory back pain', topic: 'ankylosing-spondylitis', category: 'beyond' },
  { term: 'inflammatory arthritis', topic: 'ankylosing-spondylitis', category: 'beyond' },
  { term: 'psoriatic arthritis', topic: 'ankylosing-spondylitis', category: 'beyond' },
  {
    term: 'reactive arthritis',
    topic: 'ankylosing-spondylitis',
    category: 'beyond',
    variants: ['sexually acquired reactive arthritis'],
  },
  { term: 'HLA-B27', topic: 'ankylosing-spondylitis', category: 'beyond' },
  {
    term: 'spondylolisthesis',
    topic: 'spondylolisthesis',
    category: 'beyond',
    variants: ['slipped vertebra', 'slipped vertebrae', 'anterolisthesis', 'vertebral slippage'],
  },
  {
    term: 'spondylolysis',
    topic: 'spondylolisthesis',
    category: 'beyond',
    variants: ['pars defect', 'pars fracture', 'pars interarticularis defect', 'pars interarticularis fracture'],
  },

  // Muscles
  {
    term: 'muscle spasm',
    topic: 'muscle-spasm',
    category: 'beyond',
    variants: [
      'back spasm',
      'back muscle spasm',
      'lower back spasm',
      'low back spasm',
      'spasm in the back',
      'muscle cramp',
      'charley horse',
    ],
  },

  // Pain during sex
  {
    term: 'pain during sex',
    topic: 'pain-during-sex',
    category: 'beyond',
    variants: [
      'dyspareunia',
      'superficial dyspareunia',
      'painful sex',
      'painful intercourse',
      'painful sexual intercourse',
      'pain during intercourse',
      'pain during sexual intercourse',
      'pain during or after sex',
      'pain with sex',
      'pain with intercourse',
      'pain on penetration',
      'painful penetration',
      'sexual pain',
    ],
  },
  {
    term: 'deep dyspareunia',
    topic: 'pain-during-sex',
    category: 'beyond',
    variants: [
      'deep pain during sex',
      'deep pain during intercourse',
      'pain with deep penetration',
      'deep penetration pain',
    ],
  },
  {
    term: 'period pain',
    topic: 'period-pain',
    category: 'beyond',
    variants: [
      'period cramps',
      'menstrual cramps',
      'menstrual pain',
      'painful period',
      'dysmenorrhoea',
      'dysmenorrhea',
      'primary dysmenorrhoea',
      'primary dysmenorrhea',
      'secondary dysmenorrhoea',
      'secondary dysmenorrhea',
    ],
  },
  { term: 'vaginismus', topic: 'pain-during-sex', category: 'beyond' },
  { term: 'vulvodynia', topic: 'pain-during-sex', category: 'beyond' },
  { term: 'vaginal dryness', topic: 'pain-during-sex', category: 'beyond', variants: ['dry vagina'] },

  // Urgent: ectopic pregnancy
  {
    term: 'ectopic pregnancy',
    topic: 'ectopic-pregnancy',
    category: 'urgent',
    variants: [
      'tubal pregnancy',
      'extrauterine pregnancy',
      'extra-uterine pregnancy',
      'pregnancy outside the womb',
      'pregnancy outside the uterus',
      'ectopic gestation',
      'cornual pregnancy',
      'interstitial pregnancy',
      'cervical pregnancy',
      'ovarian pregnancy',
      'abdominal pregnancy',
      'caesarean scar pregnancy',
      'cesarean scar pregnancy',
    ],
  },
  {
    term: 'ruptured ectopic pregnancy',
    topic: 'ectopic-pregnancy',
    category: 'urgent',
    variants: [
      'ruptured ectopic',
      'ruptured tubal pregnancy',
      'ruptured fallopian tube',
      'ectopic rupture',
      'tubal rupture',
    ],
  },
  {
    term: 'shoulder tip pain',
    topic: 'ectopic-pregnancy',
    category: 'urgent',
    variants: ['pain in the tip of the shoulder', 'pain in the tip of your shoulder'],
  },

  // Urgent: cauda equina syndrome (the article's file has its main names)
  { term: 'CES', topic: 'cauda-equina', category: 'urgent' },
  { term: 'cauda equina compression', topic: 'cauda-equina', category: 'urgent' },
  {
    term: 'numbness between the inner thighs',
    topic: 'cauda-equina',
    category: 'urgent',
    variants: [
      'numbness between your inner thighs',
      'numbness in the inner thighs',
      'numbness around the back passage',
      'numbness in the saddle area',
      'saddle area numbness',
      'saddle paraesthesia',
      'saddle paresthesia',
      'saddle sensory loss',
    ],
  },

  // Urgent: warning signs that point at no one condition
  {
    term: 'loss of bladder or bowel control',
    topic: 'warning-signs',
    category: 'urgent',
    variants: [
      'loss of bowel or bladder control',
      'loss of bladder and bowel control',
      'loss of bowel and bladder control',
      'losing control of your bladder or bowels',
      'bladder or bowel incontinence',
      'bowel or bladder incontinence',
      'bladder and bowel incontinence',
    ],
  },
  {
    term: 'loss of bladder control',
    topic: 'warning-signs',
    category: 'urgent',
    variants: ['losing control of your bladder', 'sudden loss of bladder control'],
  },
  {
    term: 'loss of bowel control',
    topic: 'warning-signs',
    category: 'urgent',
    variants: ['losing control of your bowels', 'sudden loss of bowel control'],
  },
  {
    term: 'acute urinary retention',
    topic: 'warning-signs',
    category: 'urgent',
    variants: ['unable to pee', 'unable to urinate', 'not being able to pee', 'inability to urinate'],
  },
  {
    term: 'numbness in both legs',
    topic: 'warning-signs',
    category: 'urgent',
    variants: [
      'weakness in both legs',
      'tingling in both legs',
      'pins and needles in both legs',
      'pain in both legs',
      'numbness or weakness in both legs',
      'numbness and tingling in both legs',
    ],
  },
  {
    term: 'numbness around the genitals',
    topic: 'warning-signs',
    category: 'urgent',
    variants: [
      'numbness around your genitals',
      'numbness in the genitals',
      'numbness in the genital area',
      'genital numbness',
      'tingling around the genitals',
      'tingling around your genitals',
      'numbness around the anus',
      'numbness around the buttocks',
      'numbness in the buttocks',
      'numbness around your bottom',
      'numbness around the bottom',
      'loss of sensation around the genitals',
    ],
  },
  {
    term: 'fever with back pain',
    topic: 'warning-signs',
    category: 'urgent',
    variants: [
      'back pain with fever',
      'back pain with a fever',
      'back pain and fever',
      'fever and back pain',
      'lower back pain with fever',
      'lower back pain and fever',
      'fever and lower back pain',
      'back pain with a high temperature',
      'high temperature and back pain',
    ],
  },
  {
    term: 'unexplained weight loss',
    topic: 'warning-signs',
    category: 'urgent',
    variants: ['unintentional weight loss', 'weight loss without trying', 'losing weight without trying'],
  },
  {
    term: 'spinal infection',
    topic: 'warning-signs',
    category: 'urgent',
    variants: [
      'infection of the spine',
      'spine infection',
      'discitis',
      'diskitis',
      'spinal abscess',
      'epidural abscess',
      'vertebral osteomyelitis',
    ],
  },
  {
    term: 'spinal cord compression',
    topic: 'warning-signs',
    category: 'urgent',
    variants: ['compression of the spinal cord', 'metastatic spinal cord compression', 'MSCC'],
  },
];
