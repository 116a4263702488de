import type { Link } from './types';

/** Learn-more pages from health-references.md (all seen in published material). */
export const links = {
  backPainMedline: { title: 'Back pain — MedlinePlus', url: 'https://medlineplus.gov/backpain.html' },
  backPainNhs: { title: 'Back pain — NHS', url: 'https://www.nhs.uk/conditions/back-pain/' },
  lowBackPainAcute: {
    title: 'Low back pain, acute — MedlinePlus',
    url: 'https://medlineplus.gov/ency/article/007425.htm',
  },
  backPainNiams: { title: 'Back pain — NIAMS (NIH)', url: 'https://www.niams.nih.gov/health-topics/back-pain' },
  sprainsStrains: { title: 'Sprains and strains — MedlinePlus', url: 'https://medlineplus.gov/sprainsandstrains.html' },
  herniatedDiskMedline: { title: 'Herniated disk — MedlinePlus', url: 'https://medlineplus.gov/herniateddisk.html' },
  slippedDiscNhs: { title: 'Slipped disc — NHS', url: 'https://www.nhs.uk/conditions/slipped-disc/' },
  herniatedDiskMayo: {
    title: 'Herniated disk — Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/herniated-disk/symptoms-causes/syc-20354095',
  },
  pregnancyBackPainNhs: {
    title: 'Back pain in pregnancy — NHS',
    url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/back-pain/',
  },
  osteoporosisMedline: { title: 'Osteoporosis — MedlinePlus', url: 'https://medlineplus.gov/osteoporosis.html' },
  osteoporosisNhs: { title: 'Osteoporosis — NHS', url: 'https://www.nhs.uk/conditions/osteoporosis/' },
  compressionFractures: {
    title: 'Compression fractures of the back — MedlinePlus',
    url: 'https://medlineplus.gov/ency/article/000443.htm',
  },
  spinalStenosisMedline: { title: 'Spinal stenosis — MedlinePlus', url: 'https://medlineplus.gov/spinalstenosis.html' },
  spinalStenosisNhs: { title: 'Spinal stenosis — NHS', url: 'https://www.nhs.uk/conditions/spinal-stenosis/' },
  fibroidsMedline: { title: 'Uterine fibroids — MedlinePlus', url: 'https://medlineplus.gov/uterinefibroids.html' },
  fibroidsNhs: { title: 'Fibroids — NHS', url: 'https://www.nhs.uk/conditions/fibroids/' },
  cervicalCancerMedline: { title: 'Cervical cancer — MedlinePlus', url: 'https://medlineplus.gov/cervicalcancer.html' },
  cervicalCancerNhs: { title: 'Cervical cancer — NHS', url: 'https://www.nhs.uk/conditions/cervical-cancer/' },
  ovarianCystsMedline: { title: 'Ovarian cysts — MedlinePlus', url: 'https://medlineplus.gov/ovariancysts.html' },
  ovarianCystNhs: { title: 'Ovarian cyst — NHS', url: 'https://www.nhs.uk/conditions/ovarian-cyst/' },
  sacroiliitisMayo: {
    title: 'Sacroiliitis — Mayo Clinic',
    url: 'https://www.mayoclinic.org/diseases-conditions/sacroiliitis/symptoms-causes/syc-20350747',
  },
  kidneyStonesMedline: { title: 'Kidney stones — MedlinePlus', url: 'https://medlineplus.gov/kidneystones.html' },
  kidneyStonesNhs: { title: 'Kidney stones — NHS', url: 'https://www.nhs.uk/conditions/kidney-stones/' },
  kidneyStonesNiddk: {
    title: 'Kidney stones — NIDDK (NIH)',
    url: 'https://www.niddk.nih.gov/health-information/urologic-diseases/kidney-stones',
  },
  kidneyDiseasesMedline: { title: 'Kidney diseases — MedlinePlus', url: 'https://medlineplus.gov/kidneydiseases.html' },
  kidneyInfectionNhs: { title: 'Kidney infection — NHS', url: 'https://www.nhs.uk/conditions/kidney-infection/' },
  tcmNccih: {
    title: 'Traditional Chinese medicine: what you need to know — NCCIH (NIH)',
    url: 'https://www.nccih.nih.gov/health/traditional-chinese-medicine-what-you-need-to-know',
  },
  caudaEquinaNhs: { title: 'Cauda equina syndrome — NHS', url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/' },

  // Beyond the article (health-references.md, "Beyond the article")
  periodPainNhs: { title: 'Period pain — NHS', url: 'https://www.nhs.uk/conditions/period-pain/' },
  utiNhs: {
    title: 'Urinary tract infections (UTIs) — NHS',
    url: 'https://www.nhs.uk/conditions/urinary-tract-infections-utis/',
  },
  utiMedline: {
    title: 'Urinary tract infections — MedlinePlus',
    url: 'https://medlineplus.gov/urinarytractinfections.html',
  },
  kidneyInfectionNiddk: {
    title: 'Kidney infection (pyelonephritis) — NIDDK (NIH)',
    url: 'https://www.niddk.nih.gov/health-information/urologic-diseases/kidney-infection-pyelonephritis',
  },
  pidNhs: {
    title: 'Pelvic inflammatory disease — NHS',
    url: 'https://www.nhs.uk/conditions/pelvic-inflammatory-disease-pid/',
  },
  pidMedline: {
    title: 'Pelvic inflammatory disease — MedlinePlus',
    url: 'https://medlineplus.gov/pelvicinflammatorydisease.html',
  },
  pidCdc: { title: 'About pelvic inflammatory disease — CDC', url: 'https://www.cdc.gov/pid/about/index.html' },
  stiNhs: {
    title: 'Sexually transmitted infections (STIs) — NHS',
    url: 'https://www.nhs.uk/conditions/sexually-transmitted-infections-stis/',
  },
  stiMedline: {
    title: 'Sexually transmitted infections — MedlinePlus',
    url: 'https://medlineplus.gov/sexuallytransmitteddiseases.html',
  },
  stiCdc: { title: 'About sexually transmitted infections — CDC', url: 'https://www.cdc.gov/sti/about/index.html' },
  chlamydiaNhs: { title: 'Chlamydia — NHS', url: 'https://www.nhs.uk/conditions/chlamydia/' },
  chlamydiaMedline: {
    title: 'Chlamydia infections — MedlinePlus',
    url: 'https://medlineplus.gov/chlamydiainfections.html',
  },
  chlamydiaCdc: { title: 'About chlamydia — CDC', url: 'https://www.cdc.gov/chlamydia/about/index.html' },
  gonorrhoeaNhs: { title: 'Gonorrhoea — NHS', url: 'https://www.nhs.uk/conditions/gonorrhoea/' },
  gonorrheaMedline: { title: 'Gonorrhea — MedlinePlus', url: 'https://medlineplus.gov/gonorrhea.html' },
  gonorrheaCdc: { title: 'About gonorrhea — CDC', url: 'https://www.cdc.gov/gonorrhea/about/index.html' },
  endometriosisNhs: { title: 'Endometriosis — NHS', url: 'https://www.nhs.uk/conditions/endometriosis/' },
  endometriosisMedline: { title: 'Endometriosis — MedlinePlus', url: 'https://medlineplus.gov/endometriosis.html' },
  adenomyosisNhs: { title: 'Adenomyosis — NHS', url: 'https://www.nhs.uk/conditions/adenomyosis/' },
  uterineDiseasesMedline: {
    title: 'Uterine diseases — MedlinePlus',
    url: 'https://medlineplus.gov/uterinediseases.html',
  },
  interstitialCystitisMedline: {
    title: 'Interstitial cystitis — MedlinePlus',
    url: 'https://medlineplus.gov/interstitialcystitis.html',
  },
  prostatitisNhs: { title: 'Prostatitis — NHS', url: 'https://www.nhs.uk/conditions/prostatitis/' },
  prostatitisNiddk: {
    title: 'Prostatitis: inflammation of the prostate — NIDDK (NIH)',
    url: 'https://www.niddk.nih.gov/health-information/urologic-diseases/prostate-problems/prostatitis-inflammation-prostate',
  },
  pelvicFloorMedline: {
    title: 'Pelvic floor disorders — MedlinePlus',
    url: 'https://medlineplus.gov/pelvicfloordisorders.html',
  },
  pelvicFloorNichd: {
    title: 'Pelvic floor disorders — NICHD (NIH)',
    url: 'https://www.nichd.nih.gov/health/topics/pelvicfloor',
  },
  osteoarthritisNhs: { title: 'Osteoarthritis — NHS', url: 'https://www.nhs.uk/conditions/osteoarthritis/' },
  osteoarthritisMedline: { title: 'Osteoarthritis — MedlinePlus', url: 'https://medlineplus.gov/osteoarthritis.html' },
  osteoarthritisNiams: {
    title: 'Osteoarthritis — NIAMS (NIH)',
    url: 'https://www.niams.nih.gov/health-topics/osteoarthritis',
  },
  ankylosingSpondylitisNhs: {
    title: 'Ankylosing spondylitis — NHS',
    url: 'https://www.nhs.uk/conditions/ankylosing-spondylitis/',
  },
  ankylosingSpondylitisMedline: {
    title: 'Ankylosing spondylitis — MedlinePlus',
    url: 'https://medlineplus.gov/ankylosingspondylitis.html',
  },
  ankylosingSpondylitisNiams: {
    title: 'Ankylosing spondylitis — NIAMS (NIH)',
    url: 'https://www.niams.nih.gov/health-topics/ankylosing-spondylitis',
  },
  spondylolisthesisNhs: { title: 'Spondylolisthesis — NHS', url: 'https://www.nhs.uk/conditions/spondylolisthesis/' },
  spondylolisthesisMedline: {
    title: 'Spondylolisthesis — MedlinePlus',
    url: 'https://medlineplus.gov/ency/article/001260.htm',
  },
  muscleCrampsMedline: { title: 'Muscle cramps — MedlinePlus', url: 'https://medlineplus.gov/musclecramps.html' },
  ectopicPregnancyNhs: { title: 'Ectopic pregnancy — NHS', url: 'https://www.nhs.uk/conditions/ectopic-pregnancy/' },
  ectopicPregnancyMedline: {
    title: 'Ectopic pregnancy — MedlinePlus',
    url: 'https://medlineplus.gov/ectopicpregnancy.html',
  },
  painDuringSexNhs: { title: 'Pain during sex — NHS', url: 'https://www.nhs.uk/conditions/pain-during-sex/' },
  sexualProblemsWomenMedline: {
    title: 'Sexual problems in women — MedlinePlus',
    url: 'https://medlineplus.gov/sexualproblemsinwomen.html',
  },

  // Treatments and tests
  painRelieversMedline: { title: 'Pain relievers — MedlinePlus', url: 'https://medlineplus.gov/painrelievers.html' },
  ibuprofenNhs: { title: 'Ibuprofen for adults — NHS', url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/' },
  paracetamolNhs: {
    title: 'Paracetamol for adults — NHS',
    url: 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
  },
  steroidInjectionsNhs: { title: 'Steroid injections — NHS', url: 'https://www.nhs.uk/conditions/steroid-injections/' },
  antibioticsMedline: { title: 'Antibiotics — MedlinePlus', url: 'https://medlineplus.gov/antibiotics.html' },
  antibioticsNhs: { title: 'Antibiotics — NHS', url: 'https://www.nhs.uk/conditions/antibiotics/' },
  physiotherapyNhs: { title: 'Physiotherapy — NHS', url: 'https://www.nhs.uk/conditions/physiotherapy/' },
  physicalTherapyMedline: {
    title: 'Physical therapy — MedlinePlus',
    url: 'https://medlineplus.gov/physicaltherapy.html',
  },
  pelvicFloorExercisesNhs: {
    title: 'What are pelvic floor exercises? — NHS',
    url: 'https://www.nhs.uk/common-health-questions/womens-health/what-are-pelvic-floor-exercises/',
  },
  kegelExercisesMedline: {
    title: 'Kegel exercises, self-care — MedlinePlus',
    url: 'https://medlineplus.gov/ency/patientinstructions/000141.htm',
  },
  mriScansMedline: { title: 'MRI scans — MedlinePlus', url: 'https://medlineplus.gov/mriscans.html' },
  mriScanNhs: { title: 'MRI scan — NHS', url: 'https://www.nhs.uk/conditions/mri-scan/' },
  ctScansMedline: { title: 'CT scans — MedlinePlus', url: 'https://medlineplus.gov/ctscans.html' },
  xRaysMedline: { title: 'X-rays — MedlinePlus', url: 'https://medlineplus.gov/xrays.html' },
  xRayNhs: { title: 'X-ray — NHS', url: 'https://www.nhs.uk/conditions/x-ray/' },
  ultrasoundMedline: { title: 'Ultrasound — MedlinePlus', url: 'https://medlineplus.gov/ultrasound.html' },
  urinalysisMedline: { title: 'Urinalysis — MedlinePlus', url: 'https://medlineplus.gov/lab-tests/urinalysis/' },
  bloodTestsNhs: { title: 'Blood tests — NHS', url: 'https://www.nhs.uk/conditions/blood-tests/' },
  laparoscopyNhs: { title: 'Laparoscopy (keyhole surgery) — NHS', url: 'https://www.nhs.uk/conditions/laparoscopy/' },
  sciaticaNhs: { title: 'Sciatica — NHS', url: 'https://www.nhs.uk/conditions/sciatica/' },
  sciaticaMedline: { title: 'Sciatica — MedlinePlus', url: 'https://medlineplus.gov/sciatica.html' },
  // Chinese pages: the article's topics
  osteoporosisMsdZh: {
    title: '骨质疏松症 — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/bone-joint-and-muscle-disorders/osteoporosis/osteoporosis',
    lang: 'zh-Hans',
  },

  // Chinese pages: beyond the article, treatments and tests
  // (and the English pages of the general topics split off for issue 20; evidence in docs/content-review.md)
  arthritisNhs: { title: 'Arthritis — NHS', url: 'https://www.nhs.uk/conditions/arthritis/' },
  rheumatoidArthritisNhs: {
    title: 'Rheumatoid arthritis — NHS',
    url: 'https://www.nhs.uk/conditions/rheumatoid-arthritis/',
  },
  chiropracticMedline: { title: 'Chiropractic — MedlinePlus', url: 'https://medlineplus.gov/chiropractic.html' },
  nsaidsNhs: { title: 'NSAIDs — NHS', url: 'https://www.nhs.uk/conditions/nsaids/' },
  steroidsNhs: { title: 'Steroids — NHS', url: 'https://www.nhs.uk/conditions/steroids/' },
  pelvicPainNhs: { title: 'Pelvic pain — NHS', url: 'https://www.nhs.uk/conditions/pelvic-pain/' },
  bloodInUrineNhs: { title: 'Blood in urine — NHS', url: 'https://www.nhs.uk/conditions/blood-in-urine/' },
  bloodInUrineMsdZh: {
    title: '血尿 — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/kidney-and-urinary-tract-disorders/symptoms-of-kidney-disorders/blood-in-urine',
    lang: 'zh-Hans',
  },
  mriMsdZh: {
    title: '磁共振成像（MRI） — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/special-subjects/common-imaging-tests/magnetic-resonance-imaging-mri',
    lang: 'zh-Hans',
  },
  ctMsdZh: {
    title: '计算机断层扫描（CT） — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/special-subjects/common-imaging-tests/computed-tomography-ct',
    lang: 'zh-Hans',
  },
  ultrasoundMsdZh: {
    title: '超声 — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/special-subjects/common-imaging-tests/ultrasound',
    lang: 'zh-Hans',
  },
  xRaysMsdZh: {
    title: 'X 线 — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/special-subjects/common-imaging-tests/x-rays',
    lang: 'zh-Hans',
  },
  commonMedicalTestsMsdZh: {
    title: '常见的医疗检查 — 默沙东诊疗手册大众版',
    url: 'https://www.msdmanuals.cn/home/resources/common-medical-tests/common-medical-tests',
    lang: 'zh-Hans',
  },
} as const satisfies Record<string, Link>;
