import { links } from '../links';
import type { WiderRecord } from '../types';

export const physiotherapy = {
  id: 'physiotherapy',
  kind: 'treatment',
  title: {
    en: 'Physiotherapy (physical therapy)',
    zh_CN: '物理治疗（理疗）',
    zh_TW: '物理治療（復健）',
  },
  summary: {
    en: 'Treatment by a trained therapist who uses exercise, movement and hands-on techniques to ease pain and help the body move and work better.',
    zh_CN: '由受过训练的治疗师通过运动、活动和手法来缓解疼痛，帮助身体更好地活动和运作。',
    zh_TW: '由受過訓練的治療師透過運動、活動和手法來緩解疼痛，幫助身體更好地活動和運作。',
  },
  getCare: null,
  source: 'NHS',
  links: [links.physiotherapyNhs, links.physicalTherapyMedline],
  terms: [
    {
      category: 'treatment',
      en: {
        term: 'physiotherapy',
        variants: ['physical therapy', 'physio'],
      },
      zh: { term: '物理治疗', variants: ['理疗', '物理疗法'], twVariants: ['復健', '復健治療'] },
      definition: {
        en: 'Treatment by a trained therapist using exercise, movement and hands-on techniques to ease pain and help you move.',
        zh_CN: '由受过训练的治疗师用运动、活动和手法治疗，缓解疼痛、帮助活动。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'physiotherapist',
        variants: ['physical therapist'],
      },
      zh: { term: '物理治疗师', variants: ['理疗师', '康复治疗师'] },
      definition: {
        en: 'A health professional who treats pain and movement problems with exercise, movement and hands-on techniques.',
        zh_CN: '物理治疗师：用运动、活动和手法治疗疼痛和活动障碍的医疗专业人员。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'back exercise',
        variants: ['back stretch', 'back strengthening exercise'],
      },
      zh: { term: '腰背肌锻炼', variants: ['腰背肌功能锻炼', '腰背部拉伸', '腰部拉伸', '小燕飞'] },
      definition: {
        en: 'Movements and stretches that strengthen and loosen the muscles of the back.',
        zh_CN: '腰背锻炼：加强和放松腰背部肌肉的动作和拉伸。',
      },
    },
    {
      category: 'treatment',
      en: {
        term: 'TENS machine',
        variants: ['TENS', 'TENS unit', 'transcutaneous electrical nerve stimulation'],
      },
      zh: { term: '经皮神经电刺激', variants: ['经皮电神经刺激'] },
      definition: {
        en: 'A small device that sends mild electrical pulses through pads on the skin to ease pain.',
        zh_CN: '经皮神经电刺激仪：通过贴在皮肤上的电极片发出轻微电脉冲来缓解疼痛的小装置。',
        zh_TW: '經皮神經電刺激儀：透過貼在皮膚上的電極片發出輕微電脈衝來緩解疼痛的小裝置。',
      },
    },
  ],
} as const satisfies WiderRecord;
