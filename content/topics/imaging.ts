import { links } from '../links';
import type { WiderRecord } from '../types';

export const imaging = {
  id: 'imaging',
  kind: 'treatment',
  title: {
    en: 'Scans and X-rays',
  },
  summary: {
    en: 'Tests that make pictures of the inside of the body: X-rays and CT scans use radiation, MRI uses magnets, ultrasound uses sound waves.',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [links.mriScansMedline, links.ctScansMedline, links.xRaysMedline, links.ultrasoundMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'MRI scan',
        variants: ['MRI', 'MRI scanning', 'magnetic resonance imaging', 'magnetic resonance scan'],
      },
      zh: {
        term: '磁共振',
        variants: ['核磁共振', '核磁', '磁共振成像', '磁共振检查', '核磁共振检查', 'MRI检查', '腰椎磁共振'],
        twVariants: ['磁振造影', '磁力共振', '磁力共振掃描'],
      },
      definition: {
        en: 'A scan that uses a strong magnet and radio waves to make detailed pictures of the inside of the body.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'CT scan',
        variants: [
          'CT scanning',
          'CAT scan',
          'computed tomography',
          'computed tomography scan',
          'computerised tomography',
          'computerized tomography',
        ],
      },
      zh: {
        term: 'CT检查',
        variants: ['CT扫描', '腰椎CT', '计算机断层扫描', '电子计算机断层扫描'],
        twVariants: ['電腦斷層', '電腦斷層掃描', '電腦斷層檢查'],
      },
      definition: {
        en: 'A scan that uses X-rays and a computer to make detailed pictures, like slices, of the inside of the body.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'x-ray',
        variants: ['xray', 'radiograph'],
      },
      zh: { term: 'X光', variants: ['X光片', 'X光检查', 'X线', 'X线片', 'X线检查', 'X射线'] },
      definition: {
        en: 'A quick picture of the inside of the body, especially the bones, made with a small amount of radiation.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'ultrasound scan',
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
      zh: {
        term: 'B超',
        variants: ['B超检查', '彩超', '超声检查', '超声波检查', '妇科B超', '阴道超声', '经阴道超声', '盆腔超声'],
        twVariants: ['超音波', '超音波檢查', '陰道超音波'],
      },
      definition: {
        en: 'A scan that uses sound waves to make moving pictures of the inside of the body, such as the womb or ovaries.',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'bone density scan',
        variants: ['bone density test', 'bone mineral density test', 'DEXA scan', 'DXA scan', 'DEXA', 'DXA'],
      },
      zh: { term: '骨密度检查', variants: ['骨密度检测', '骨密度测定'], twVariants: ['骨質密度檢查'] },
      definition: {
        en: 'A low-dose X-ray scan that measures how strong the bones are, to check for thinning bones (osteoporosis).',
      },
    },
  ],
} as const satisfies WiderRecord;
