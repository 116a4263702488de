import { links } from '../links';
import type { CauseRecord } from '../types';

export const discHerniation = {
  id: 'disc-herniation',
  kind: 'cause',
  section: 'other-causes',
  tradition: 'biomedical',
  title: {
    en: 'Lumbar disc herniation',
  },
  summary: {
    en: 'A common cause in young and middle-aged women, mostly after injury or long-term strain: low back pain that spreads down the legs, with numbness.',
  },
  whatToDo: {
    en: 'The article names bed traction and surgery as treatments.',
  },
  seeDoctor: null,
  links: [links.herniatedDiskMedline, links.slippedDiscNhs, links.herniatedDiskMayo],
  terms: [
    {
      category: 'symptom',
      en: {
        term: 'sciatica',
        variants: ['sciatic pain', 'sciatic nerve pain', 'sciatica pain', 'sciatic neuralgia'],
      },
      definition: {
        en: 'Pain that runs from the lower back or buttock down the back of a leg, caused by pressure on the sciatic nerve.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'radiating pain',
        variants: [
          'radiating leg pain',
          'radicular pain',
          'radicular leg pain',
          'lumbar radicular pain',
          'pain radiating down the leg',
          'pain that radiates down the leg',
          'shooting pain down the leg',
          'shooting leg pain',
        ],
      },
      definition: {
        en: 'Pain that spreads out from where it starts, for example from the lower back down a leg along a nerve.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'numbness in the leg',
        variants: [
          'leg numbness',
          'numb leg',
          'numbness in one leg',
          'numbness down the leg',
          'numbness in the lower limb',
          'lower limb numbness',
        ],
      },
      definition: {
        en: 'Loss of feeling in part of a leg. The article names it, with pain spreading down the legs, as a sign of a slipped disc.',
      },
    },
    {
      category: 'symptom',
      en: {
        term: 'pins and needles',
        variants: [
          'paraesthesia',
          'paresthesia',
          'paraesthesiae',
          'tingling in the leg',
          'leg tingling',
          'tingling down the leg',
        ],
      },
      definition: {
        en: 'A prickling, tingling feeling in the skin, often because a nerve is being pressed on or irritated.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'pinched nerve',
        variants: [
          'trapped nerve',
          'compressed nerve',
          'pinched nerve in the back',
          'pinched nerve in the lower back',
          'trapped nerve in the back',
          'trapped nerve in the lower back',
        ],
      },
      definition: {
        en: 'A nerve squeezed by tissue around it, such as a bulging disc or a bone spur, causing pain, tingling, numbness or weakness.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'lumbar radiculopathy',
        variants: [
          'lumbosacral radiculopathy',
          'nerve root compression',
          'compressed nerve root',
          'pinched nerve root',
          'lumbar nerve root compression',
          'nerve root irritation',
        ],
      },
      definition: {
        en: 'Pain, numbness or weakness from a squeezed or irritated nerve root where it leaves the spine, often because of a slipped disc.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'lumbar disc herniation',
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
          'lumbar disc protrusion',
          'disc protrusion',
          'protruding disc',
          'disc extrusion',
          'extruded disc',
          'herniated intervertebral disc',
          'intervertebral disc herniation',
          'lumbar intervertebral disc herniation',
          'prolapsed intervertebral disc',
          'herniated spinal disc',
          'spinal disc herniation',
          'lumbar disc bulge',
          'lumbar herniated nucleus pulposus',
        ],
      },
      definition: {
        en: 'When a disc between the bones of the spine, usually in the lower back, bulges or bursts and may press on nearby nerves.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'intervertebral disc',
        variants: [
          'spinal disc',
          'lumbar disc',
          'vertebral disc',
          'lumbar intervertebral disc',
          'disc between the vertebrae',
          'discs between the vertebrae',
        ],
      },
      definition: {
        en: 'A round, rubbery cushion between two bones of the spine that absorbs shocks and lets the back bend.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'nucleus pulposus',
        variants: ['nuclei pulposi'],
      },
      definition: {
        en: 'The soft, jelly-like centre of a spinal disc. In a slipped disc it pushes out through the outer ring.',
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'annulus fibrosus',
        variants: ['anulus fibrosus'],
      },
      definition: {
        en: 'The tough, layered outer ring of a spinal disc, which holds its soft centre in place.',
      },
    },
    {
      category: 'condition',
      en: {
        term: 'annular tear',
        variants: ['annular fissure', 'anular tear', 'torn disc'],
      },
      definition: {
        en: "A split in the tough outer ring of a spinal disc, which can hurt and may let the disc's soft centre bulge out.",
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'sciatic nerve',
      },
      definition: {
        en: "The body's longest nerve, running from the lower back through the buttock and down the back of each leg.",
      },
    },
    {
      category: 'anatomy',
      en: {
        term: 'nerve root',
        variants: ['spinal nerve root', 'lumbar nerve root', 'L5 nerve root', 'S1 nerve root'],
      },
      definition: {
        en: 'The part of a nerve where it branches off the spinal cord and leaves the spine between two bones.',
      },
    },
    {
      category: 'risk',
      en: {
        term: 'bed traction',
        variants: ['spinal traction', 'lumbar traction'],
      },
      definition: {
        en: 'A treatment that gently pulls on the spine to stretch it. The article names bed traction as a treatment for a slipped disc.',
      },
    },
  ],
} as const satisfies CauseRecord;
