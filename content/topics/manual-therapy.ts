import { links } from '../links';
import type { WiderRecord } from '../types';

/** Hands-on treatment, and the professions other than physiotherapy that give it. */
export const manualTherapy = {
  id: 'manual-therapy',
  kind: 'treatment',
  title: {
    en: 'Manual therapy, chiropractic and osteopathy',
    zh_CN: '手法治疗：整脊与整骨疗法',
  },
  summary: {
    en: 'Hands-on treatment of the muscles and joints, often of the spine, such as manipulation and massage. Physiotherapists give it too, but chiropractors and osteopaths are professions of their own, not physiotherapists.',
    zh_CN:
      '用双手处理肌肉和关节（常是脊柱）的治疗，例如手法调整和按摩。物理治疗师也会用手法，但整脊师和整骨师是各自独立的职业，并非物理治疗师。',
    zh_TW:
      '用雙手處理肌肉和關節（常是脊椎）的治療，例如手法調整和按摩。物理治療師也會用手法，但整脊師和整骨師是各自獨立的職業，並非物理治療師。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.backPainNhs, links.chiropracticMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'manual therapy',
        variants: ['spinal manipulation', 'spinal manipulative therapy', 'spinal mobilisation', 'spinal mobilization'],
      },
      zh: { term: '手法治疗', variants: ['脊柱手法治疗', '脊柱松动术'] },
      definition: {
        en: 'Hands-on treatment in which a therapist moves, massages or presses on the muscles and joints, often of the spine.',
        zh_CN: '治疗师用手活动、按摩或按压肌肉和关节的治疗，常用于脊柱。',
        zh_TW: '治療師用手活動、按摩或按壓肌肉和關節的治療，常用於脊椎。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'chiropractor',
      },
      zh: { term: '整脊师', variants: ['脊医'] },
      definition: {
        en: 'A practitioner, not a physiotherapist, who treats back and joint problems mainly by moving and manipulating the spine by hand.',
        zh_CN: '整脊师：主要用手活动、调整脊柱来处理腰背和关节问题的从业者，不是物理治疗师。',
        zh_TW: '整脊師：主要用手活動、調整脊椎來處理腰背和關節問題的從業者，不是物理治療師。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'chiropractic',
      },
      zh: { term: '整脊疗法', variants: ['整脊治疗'] },
      definition: {
        en: 'A hands-on treatment for back and joint problems, mainly by moving and manipulating the spine.',
        zh_CN: '整脊疗法：主要靠活动、调整脊柱来处理腰背和关节问题的手法治疗。',
        zh_TW: '整脊療法：主要靠活動、調整脊椎來處理腰背和關節問題的手法治療。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'osteopath',
      },
      zh: { term: '整骨治疗师' },
      definition: {
        en: 'A practitioner, not a physiotherapist, who treats the body with hands-on massage, stretching and movement of muscles and joints.',
        zh_CN: '整骨师：用按摩、牵伸、活动肌肉和关节等手法治疗的从业者，不是物理治疗师。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'osteopathy',
      },
      zh: { term: '整骨疗法' },
      definition: {
        en: 'A hands-on treatment that uses massage, stretching and movement of the muscles and joints.',
        zh_CN: '整骨疗法：用按摩、牵伸、活动肌肉和关节等手法进行的治疗。',
      },
    },
  ],
} as const satisfies WiderRecord;
