import { links } from '../links';
import type { CauseRecord } from '../types';

export const lumbarSpineDisease = {
  id: 'lumbar-spine-disease',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar spine disease',
  },
  summary: {
    en: 'With age, osteoporosis can cause collapsed (compression) fractures of the vertebrae and lumbar spinal stenosis that presses on nerves; bony outgrowths (osteophytes) can cause lasting pain.',
  },
  whatToDo: null,
  seeDoctor: null,
  links: [links.compressionFractures, links.spinalStenosisMedline, links.spinalStenosisNhs, links.osteoporosisNhs],
  terms: [
    {
      category: 'condition',
      en: {
        term: 'osteoporosis',
        variants: ['postmenopausal osteoporosis', 'spinal osteoporosis', 'bone thinning', 'thinning of the bones'],
      },
      definition: {
        en: 'A condition that makes bones thin and fragile, so they break easily. It is most common in older women.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'osteopenia',
      },
      definition: {
        en: 'Bones a little less dense than normal, but not thin enough to be called osteoporosis.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'compression fracture',
        variants: [
          'vertebral compression fracture',
          'vertebral collapse fracture',
          'collapsed vertebra',
          'collapsed vertebrae',
          'vertebral collapse',
          'spinal compression fracture',
          'lumbar compression fracture',
          'osteoporotic compression fracture',
          'osteoporotic vertebral fracture',
          'vertebral crush fracture',
          'wedge fracture',
        ],
      },
      definition: {
        en: 'A break in which a bone of the spine is squashed and partly collapses, often because osteoporosis has weakened it.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'vertebral fracture',
        variants: [
          'spinal fracture',
          'fractured vertebra',
          'fractured vertebrae',
          'broken vertebra',
          'broken vertebrae',
          'vertebral body fracture',
          'lumbar fracture',
          'lumbar vertebral fracture',
        ],
      },
      definition: {
        en: 'A break in one of the bones of the spine, from an injury, a fall, or bones weakened by osteoporosis.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'spinal stenosis',
        variants: [
          'lumbar spinal stenosis',
          'lumbar stenosis',
          'stenosis of the spine',
          'spinal canal stenosis',
          'lumbar canal stenosis',
          'lumbar spinal canal stenosis',
          'narrowing of the spinal canal',
          'narrowed spinal canal',
          'central canal stenosis',
          'foraminal stenosis',
        ],
      },
      definition: {
        en: 'Narrowing of the spaces inside the spine, which can press on nerves and cause pain, numbness or weakness in the legs.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'spinal canal',
        variants: ['vertebral canal', 'lumbar spinal canal'],
      },
      definition: {
        en: 'The tunnel running through the bones of the spine that holds and protects the spinal cord and nerves.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'neurogenic claudication',
        variants: ['spinal claudication', 'pseudoclaudication', 'neurogenic intermittent claudication'],
      },
      definition: {
        en: 'Pain, heaviness or weakness in the legs when walking or standing, eased by sitting or bending forward; a typical sign of spinal stenosis.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'osteophyte',
        variants: [
          'bone spur',
          'spinal bone spur',
          'bony spur',
          'spinal osteophyte',
          'vertebral osteophyte',
          'lumbar osteophyte',
          'bony outgrowth',
        ],
      },
      definition: {
        en: 'A small bony lump that grows on the edge of a bone, often where a joint is worn, as in the ageing spine.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'spondylosis',
        variants: ['lumbar spondylosis', 'spinal osteoarthritis', 'lumbosacral spondylosis'],
      },
      definition: {
        en: "Wear of the spine's bones, discs and joints with age, which can cause stiffness and pain.",
      },
    },
    {
      category: 'condition',
      en: {
        term: 'lumbar spine disease',
        variants: [
          'lumbar spine disorder',
          'lumbar spinal disease',
          'disease of the lumbar spine',
          'degenerative lumbar spine disease',
          'lumbar degenerative disease',
          'lumbar spine degeneration',
        ],
      },
      definition: {
        en: 'Any disease of the bones, discs or joints of the lower spine, such as wear with age, narrowing or fractures.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'degenerative disc disease',
        variants: [
          'disc degeneration',
          'degenerated disc',
          'degenerative disc',
          'lumbar disc degeneration',
          'intervertebral disc degeneration',
          'degenerative lumbar disc disease',
        ],
      },
      definition: {
        en: "Wear of the discs between the spine's bones with age: they dry out and flatten, and sometimes cause back pain.",
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar spine',
        variants: ['lower spine', 'lumbar spinal column'],
      },
      definition: {
        en: "The lower part of the spine: five large bones between the ribs and the pelvis that carry much of the body's weight.",
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'lumbar vertebra',
        variants: [
          'lumbar vertebrae',
          'fourth lumbar vertebra',
          'fifth lumbar vertebra',
          'L4',
          'L5',
          'L4 vertebra',
          'L5 vertebra',
        ],
      },
      definition: {
        en: 'One of the five large bones of the lower back, named L1 to L5 from the top down.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'L4-L5',
        variants: ['L4-5'],
      },
      definition: {
        en: 'The level of the spine between the fourth and fifth lumbar bones, one of the two places where slipped discs are most common.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'L5-S1',
        variants: ['lumbosacral junction', 'lumbosacral joint'],
      },
      definition: {
        en: 'The level where the lowest lumbar bone meets the sacrum, one of the two places where slipped discs are most common.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'vertebra',
        variants: ['vertebrae', 'spinal vertebra', 'spinal vertebrae', 'bones of the spine'],
      },
      definition: {
        en: 'One of the small bones stacked on top of each other to form the spine.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'spinal column',
        variants: ['vertebral column'],
      },
      definition: {
        en: 'The spine: the column of bones running down the back that supports the body and protects the spinal cord.',
      },
    },
  ],
} as const satisfies CauseRecord;
