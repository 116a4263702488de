import { links } from '../links';
import type { WiderRecord } from '../types';

export const imaging = {
  id: 'imaging',
  kind: 'treatment',
  title: {
    en: 'Scans and X-rays',
    zh_CN: '影像检查（X光、CT、核磁共振、B超）',
    zh_TW: '影像檢查（X光、CT、磁振造影、超音波）',
  },
  summary: {
    en: 'Tests that make pictures of the inside of the body: X-rays and CT scans use radiation, MRI uses magnets, ultrasound uses sound waves.',
    zh_CN: '拍摄身体内部图像的检查：X光和CT用射线，核磁共振（MRI）用磁场，B超用声波。',
    zh_TW: '拍攝身體內部影像的檢查：X光和CT用射線，磁振造影（MRI）用磁場，超音波用聲波。',
  },
  getCare: null,
  source: 'MedlinePlus',
  links: [
    links.mriScansMedline,
    links.ctScansMedline,
    links.xRaysMedline,
    links.ultrasoundMedline,
    links.mriMsdZh,
    links.ctMsdZh,
    links.xRaysMsdZh,
    links.ultrasoundMsdZh,
  ],
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
        zh_CN: '核磁共振：利用强磁场和无线电波拍摄身体内部详细图像的检查。',
        zh_TW: '磁振造影：利用強磁場和無線電波拍攝身體內部詳細影像的檢查。',
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
        zh_CN: 'CT（计算机断层扫描）：用X射线和计算机拍出身体内部一层层的详细图像。',
        zh_TW: 'CT（電腦斷層掃描）：用X射線和電腦拍出身體內部一層層的詳細影像。',
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
        zh_CN: 'X光片：用少量射线快速拍摄身体内部，尤其是骨骼的图像。',
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
        zh_CN: 'B超（超声检查）：用声波拍出身体内部（如子宫、卵巢）的动态图像。',
        zh_TW: '超音波檢查：用聲波拍出身體內部（如子宮、卵巢）的動態影像。',
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
        zh_CN: '骨密度检查：用低剂量X线测量骨骼强度，看有没有骨质疏松。',
      },
    },
  ],
} as const satisfies WiderRecord;
