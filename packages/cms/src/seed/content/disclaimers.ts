import type { SeedDisclaimer } from '../types'

export const disclaimers: SeedDisclaimer[] = [
  {
    key: 'medical',
    title: 'Medical disclaimer',
    kind: 'medical',
    isDefault: true,
    paragraphs: [
      'Groundwork articles are written for general information and education. They are not medical advice, and they are not a substitute for diagnosis or treatment from a qualified health professional who knows your situation.',
      'Please talk with your clinician before starting, stopping, or changing any medication or treatment, and don’t put off seeking care because of something you read here.',
      'If you are having a medical emergency, call 911 or your local emergency number. If you are in emotional distress or thinking about suicide, you can call or text 988 in the US to reach the 988 Suicide & Crisis Lifeline, any time of day.',
    ],
  },
  {
    key: 'personal-story',
    title: 'About personal stories',
    kind: 'general',
    paragraphs: [
      'This is a first-person account of one person’s experience. It reflects the writer’s own memories and views, not medical advice and not the experience of everyone in recovery.',
      'Recovery looks different for each person, and some details may have been changed to protect privacy. A qualified professional can help you decide what’s right for you.',
    ],
  },
]
