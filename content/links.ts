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
  utiNhs: {
    title: 'Urinary tract infections (UTIs) — NHS',
    url: 'https://www.nhs.uk/conditions/urinary-tract-infections-utis/',
  },
  utiMedline: { title: 'Urinary tract infections — MedlinePlus', url: 'https://medlineplus.gov/urinarytractinfections.html' },

  // Treatments and tests
  painRelieversMedline: { title: 'Pain relievers — MedlinePlus', url: 'https://medlineplus.gov/painrelievers.html' },
} as const satisfies Record<string, Link>;
