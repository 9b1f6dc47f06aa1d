import type { SeedArticle } from '../types'

export const articles: SeedArticle[] = [
  {
    key: 'finding-a-peer-support-group',
    title: 'How to Find a Peer Support Group That Fits',
    excerpt:
      'There’s no single right recovery group. Here’s how to explore your options, what to expect at a first meeting, and how to tell when you’ve found a fit.',
    topics: ['recovery-support'],
    authors: ['tessa-marlowe'],
    alsoBrowsed: ['talking-to-family-about-recovery', 'what-my-first-year-taught-me'],
    publishedDaysAgo: 12,
    body: [
      {
        p: 'Walking into a room of strangers — or logging into a video call full of them — and saying out loud that you’re working on your recovery takes real courage. If you’ve felt nervous about it, you’re in good company. Almost everyone in those rooms remembers their own first meeting.',
      },
      {
        p: 'Peer support groups are built on a simple idea: people who have lived through something similar can offer a kind of understanding that’s hard to find anywhere else. They aren’t a replacement for medical care, but for many people they become one of the steadiest parts of recovery.',
      },
      {
        p: 'There is no single right group. Here’s how to look around, what to expect, and how to tell when you’ve found one that fits.',
      },
      { h2: 'The many shapes of peer support' },
      {
        p: 'Twelve-step fellowships such as Alcoholics Anonymous and Narcotics Anonymous are the best known, and they meet almost everywhere, at almost every hour. They aren’t the only option, though. Many communities offer a wide mix of groups, in person and online:',
      },
      {
        ul: [
          'Twelve-step meetings, built around a shared program of steps, sponsorship, and fellowship',
          'SMART Recovery, which teaches practical tools for managing urges, thoughts, and behaviors',
          'Recovery Dharma and other mindfulness-based groups',
          'All-recovery meetings, often hosted by local recovery community organizations and open to any pathway',
          'Groups for specific communities, such as LGBTQ+ people, veterans, or people taking medication for opioid use disorder',
        ],
      },
      {
        p: 'Many people take medication as part of their recovery. Most groups welcome them, but attitudes can vary from meeting to meeting. If that matters to you, it’s fine to ask ahead of time or to look for a group that says so explicitly.',
      },
      { h2: 'What to expect at your first meeting' },
      {
        p: 'Most meetings follow a predictable format: a short opening, a reading or topic, and time for people to share. You never have to speak. Saying “I’ll just listen today” is completely normal, and nobody will press you for details.',
      },
      {
        p: 'Online meetings work the same way. You can usually keep your camera off and use only your first name. For some people, that small bit of distance is what makes it possible to show up at all — and showing up is the point.',
      },
      { h2: 'How to tell if a group fits' },
      {
        p: 'Give a new group a few tries before deciding. Any single meeting can be unusually tense, quiet, or crowded. Over several visits, notice how you feel afterward. Did you feel respected? Did you hear anything you could use this week?',
      },
      { h3: 'Signs a group may not be right for you' },
      {
        p: 'A good group makes room for different experiences. If people pressure you to share more than you want to, dismiss the treatment you and your clinician have chosen, or leave you feeling judged, it’s reasonable to look elsewhere. Leaving one group isn’t leaving recovery.',
      },
      { h2: 'Where to start looking' },
      {
        p: 'Your care team can often recommend local or online groups they trust. SAMHSA’s free, confidential National Helpline at 1-800-662-4357 can also point you toward support and treatment services, and you can browse more resources at [SAMHSA](https://www.samhsa.gov).',
      },
      {
        p: 'Then pick one meeting this week — just one — and put it on your calendar. You can figure out everything else later.',
      },
    ],
  },
  {
    key: 'buprenorphine-basics',
    title: 'Buprenorphine for Opioid Use Disorder: The Basics',
    excerpt:
      'Buprenorphine is one of the most effective treatments for opioid use disorder. An addiction medicine physician explains how it works, how treatment starts, and how to stay safe.',
    topics: ['treatment'],
    authors: ['elias-brandt'],
    review: { by: 'elias-brandt', daysAgo: 20 },
    alsoBrowsed: [
      'telehealth-treatment-what-to-expect',
      'coping-with-cravings',
      'draft-coming-soon',
    ],
    publishedDaysAgo: 5,
    body: [
      {
        p: 'Medications for opioid use disorder are among the most effective tools in addiction medicine. Buprenorphine is one of them, and it’s a medication I prescribe often. Yet many patients arrive at their first visit carrying myths about it, often picked up from well-meaning friends or family.',
      },
      {
        p: 'This article covers what buprenorphine is, how treatment usually begins, and which questions are worth bringing to your clinician. It’s general information, not a treatment plan. Your own care should be shaped with someone who knows your history.',
      },
      { h2: 'What buprenorphine does' },
      {
        p: 'Buprenorphine is a partial opioid agonist. It attaches to the same receptors in the brain as other opioids, but activates them only partway. That’s enough to ease withdrawal symptoms and reduce cravings, while producing much less of the euphoria that comes with full agonists such as heroin or fentanyl.',
      },
      {
        p: 'It also has a “ceiling effect”: beyond a certain dose, some of its effects stop increasing. This is part of why it carries a lower risk of overdose than full opioid agonists. That risk is not zero, though, especially when buprenorphine is combined with alcohol, benzodiazepines, or other sedating substances.',
      },
      {
        p: 'Buprenorphine is often combined with naloxone to discourage misuse. It comes as a film or tablet that dissolves under the tongue or inside the cheek, and as an extended-release injection.',
      },
      { h2: 'Starting treatment' },
      {
        p: 'Because buprenorphine binds so tightly to opioid receptors, it can push other opioids aside and bring on sudden withdrawal if it’s taken too soon after a full agonist. That’s why clinicians often ask patients to wait until they’re in mild to moderate withdrawal before the first dose. Some clinicians use other approaches, especially for people who have been using fentanyl, so ask what your clinician recommends.',
      },
      {
        p: 'The first few days usually involve adjusting the dose until withdrawal and cravings are under control. Expect frequent check-ins early on. For many people, those visits happen by video.',
      },
      { h2: 'Common questions' },
      { h3: '“Isn’t this just replacing one drug with another?”' },
      {
        p: 'No. Addiction is marked by compulsive use despite harm, not by taking a medication. A person taking buprenorphine as prescribed, under medical care, is treating a chronic health condition, much like someone taking insulin for diabetes. Treatment with medication is associated with a lower risk of dying from an overdose.',
      },
      { h3: '“How long will I need to take it?”' },
      {
        p: 'There’s no universal timeline. Many people benefit from staying on medication for months or years, and stopping too early can raise the risk of a return to use. Any decision to taper is best made gradually, together with your clinician.',
      },
      { h2: 'Staying safe on treatment' },
      {
        ul: [
          'Tell your clinician about every medication and substance you take, including alcohol.',
          'Store your medication securely and out of reach of children. Even a small amount can be dangerous to a child.',
          'Keep naloxone on hand, and make sure someone close to you knows where it is and how to use it.',
          'Reach out right away if cravings or withdrawal symptoms return. Dose adjustments are common.',
        ],
      },
      {
        p: 'If you’re wondering whether buprenorphine might be right for you, bring the question to your next appointment. It’s a conversation clinicians are glad to have.',
      },
    ],
  },
  {
    key: 'talking-to-family-about-recovery',
    title: 'Talking With Your Family About Recovery',
    excerpt:
      'Telling the people closest to you about your recovery can feel daunting. A clinical social worker shares how to prepare, what to say, and what to do if it doesn’t go as planned.',
    topics: ['recovery-support', 'mental-health'],
    authors: ['priya-castellan'],
    publishedDaysAgo: 20,
    body: [
      {
        p: 'Telling your family about your recovery can feel like the hardest conversation of all. These are the people whose opinions matter most, and often the ones who have been worried or hurt along the way. It’s normal to rehearse the conversation a hundred times and still feel unprepared.',
      },
      {
        p: 'In my work with individuals and families, I’ve seen these conversations go better when people plan a little. Not a script, exactly, but a sense of what you want to say, what you hope for, and what you’ll do if things don’t go the way you imagined.',
      },
      { h2: 'Decide what you want to share' },
      {
        p: 'You don’t owe anyone every detail of your history. Before the conversation, think about what feels right to share and why. Maybe you want your family to understand why you’ll be skipping certain gatherings for a while. Maybe you want to ask for specific help, like a ride to appointments or a quieter house during the first few weeks.',
      },
      {
        p: 'It can help to write down one or two main points. When emotions run high, having them in front of you keeps the conversation anchored.',
      },
      { h2: 'Choose the moment' },
      {
        p: 'Pick a time when everyone is sober, rested, and not rushed. Holiday dinners and late-night arguments are rarely the right setting. A walk, a phone call, or a calm afternoon at home gives everyone room to listen. Once you’re there, a simple structure can help:',
      },
      {
        ol: [
          'Start with what you’re hoping for: “I want you to know what’s going on with me because I care about us.”',
          'Use “I” statements to describe your own experience rather than assigning blame.',
          'Make one clear request, if you have one.',
          'Leave room for questions, and remember it’s okay to say, “I’m not ready to talk about that yet.”',
        ],
      },
      { h2: 'When the reaction isn’t what you hoped' },
      {
        p: 'Family members may respond with relief, tears, anger, or silence, sometimes all in one evening. Their first reaction is rarely their last. Many people need time to absorb news like this, especially if they’ve been carrying their own fear for a long while.',
      },
      {
        p: 'If a conversation turns hurtful, it’s okay to pause it. You might say, “I want to keep talking about this, but not right now.” Protecting your recovery comes first.',
      },
      { h2: 'Support for the whole family' },
      {
        p: 'Substance use affects everyone in a household, and families deserve support of their own. Groups such as Al-Anon and Nar-Anon offer peer support for loved ones. Community Reinforcement and Family Training, known as CRAFT, is an evidence-based approach that teaches families practical ways to communicate and to encourage treatment. A family therapist can also help everyone find a shared language.',
      },
      {
        quote:
          'Recovery isn’t something you do alone, and it isn’t something your family can do for you. It’s something you can learn to do alongside each other.',
      },
      {
        p: 'However your first conversation goes, it’s a beginning, not a verdict.',
      },
    ],
  },
  {
    key: 'coping-with-cravings',
    title: 'Coping With Cravings: Practical Tools for Hard Moments',
    excerpt:
      'Cravings are a normal part of recovery, not a sign of failure. A therapist and a physician share why they happen and practical ways to get through them.',
    topics: ['mental-health'],
    authors: ['priya-castellan', 'elias-brandt'],
    publishedDaysAgo: 33,
    body: [
      {
        p: 'Cravings are one of the most common experiences in recovery, and one of the most misunderstood. Having a craving doesn’t mean you’re failing or that your treatment isn’t working. It means your brain is doing what brains do after a long stretch of learning to expect a substance.',
      },
      {
        p: 'The good news is that cravings can be managed, and for many people they become less frequent and less intense over time. We wrote this piece together, one of us a therapist and one a physician, because the best approaches usually combine skills, support, and, when appropriate, medication.',
      },
      { h2: 'Why cravings happen' },
      {
        p: 'Repeated substance use teaches the brain to link certain people, places, feelings, and times of day with the expectation of using. Later, those cues can set off a strong urge, sometimes seemingly out of nowhere. Stress, poor sleep, and strong emotions, even happy ones, can make cravings more likely.',
      },
      {
        p: 'A useful shorthand is HALT: hungry, angry, lonely, tired. When a craving hits, checking in on those four basics often reveals something you can take care of right away.',
      },
      { h2: 'Tools for the moment' },
      { h3: 'Ride the wave' },
      {
        p: 'Cravings usually build, peak, and then fade, much like a wave. “Urge surfing” means noticing the craving with curiosity, including where you feel it in your body and how strong it is, without acting on it, and watching it change. Many people are surprised to find that the peak passes sooner than they expected.',
      },
      { h3: 'Change the channel' },
      {
        ul: [
          'Move your body: take a short walk, stretch, or climb a few flights of stairs.',
          'Call or text someone on your support list before the urge gets louder.',
          'Leave the situation if you can, or simply change rooms.',
          'Eat something, drink some water, or step outside for fresh air.',
          'Play the tape forward: picture honestly how the next day would go if you used.',
        ],
      },
      { h2: 'Planning ahead' },
      {
        p: 'Cravings are easier to handle when you’ve decided in advance what you’ll do. Write down your personal triggers, the people you can reach out to, and two or three go-to activities. Keep the list somewhere easy to find, like the notes app on your phone.',
      },
      {
        p: 'Some triggers can be avoided for now, such as a certain route home or certain get-togethers. Others, like stress at work, can’t, and those are worth bringing to therapy or a peer group.',
      },
      { h2: 'When to talk to your care team' },
      {
        p: 'If cravings are frequent, intense, or getting in the way of daily life, tell your clinician. For some substance use disorders, medications can meaningfully reduce cravings, and the dose of a current medication sometimes needs adjusting. Asking for help with cravings is a sign that you’re taking your recovery seriously, not a sign that you’ve done something wrong.',
      },
      {
        p: 'If you ever feel unsafe or are thinking about harming yourself, call or text 988 to reach the [988 Suicide & Crisis Lifeline](https://988lifeline.org) in the US.',
      },
    ],
  },
  {
    key: 'sleep-in-early-recovery',
    title: 'Why Sleep Is So Hard in Early Recovery, and What Helps',
    excerpt:
      'Restless nights are very common in early recovery. Here’s why sleep gets disrupted, which habits help, and when to ask your care team for more support.',
    topics: ['mental-health'],
    authors: ['elias-brandt'],
    alsoBrowsed: ['coping-with-cravings'],
    publishedDaysAgo: 47,
    body: [
      {
        p: '“When will I finally sleep through the night?” It’s one of the questions I hear most often from patients in their first weeks and months of recovery. Trouble falling asleep, waking up often, vivid dreams, and feeling unrested are all very common after stopping alcohol or other drugs.',
      },
      {
        p: 'Sleep problems are frustrating, and they matter: poor sleep can lower your mood and make cravings harder to manage. For many people, though, sleep does improve with time, and there’s a lot you can do to help it along.',
      },
      { h2: 'Why sleep gets disrupted' },
      {
        p: 'Alcohol and many other substances change how the brain regulates sleep. When you stop, your body needs time to readjust, and that process can take weeks to months. Withdrawal, anxiety, and the stress of big life changes can add to the picture.',
      },
      {
        p: 'Some people also notice unusually vivid dreams, including dreams about using. These are common in recovery and don’t mean anything has gone wrong. Many people find it helpful to talk about them with a counselor or peer group.',
      },
      { h2: 'Habits that support better sleep' },
      {
        ul: [
          'Wake up at the same time every day, even after a rough night.',
          'Get outside in daylight, especially in the morning.',
          'Limit caffeine after midday, and be mindful of nicotine, which is also a stimulant.',
          'Keep the bedroom cool, dark, and quiet, and use your bed mainly for sleep.',
          'Wind down for 30 to 60 minutes before bed with something calm and screen-free.',
          'If you’ve been awake for what feels like a long time, get up and do something quiet until you feel sleepy.',
        ],
      },
      {
        p: 'None of these work overnight. Give each change a couple of weeks before you judge it.',
      },
      { h2: 'Be cautious with sleep aids' },
      {
        p: 'It’s understandable to want a quick fix. Some sleep medications, including certain prescription sleeping pills and benzodiazepines, carry a risk of misuse or dependence, and some are dangerous when combined with opioids, including medications for opioid use disorder. Even over-the-counter products can interact with other medicines.',
      },
      {
        p: 'Before taking anything for sleep, talk with your clinician about your full history. There are options that may be a better fit for people in recovery.',
      },
      { h2: 'When to ask for more help' },
      {
        p: 'Cognitive behavioral therapy for insomnia, often called CBT-I, is a structured, evidence-based treatment that helps many people with ongoing insomnia without medication. It can be delivered in person, by telehealth, or through guided programs.',
      },
      {
        p: 'Let your care team know if sleep problems last more than a few weeks, if you snore loudly or someone notices you stop breathing during sleep, or if poor sleep is affecting your mood or your recovery. Sleep is part of your health, and part of your treatment.',
      },
    ],
  },
  {
    key: 'what-my-first-year-taught-me',
    title: 'What My First Year in Recovery Taught Me',
    excerpt:
      'One year ago, a week without drinking felt impossible. Our content strategist shares the hard parts, the setback, and the small, steady things that helped.',
    topics: ['recovery-support'],
    authors: ['tessa-marlowe'],
    disclaimer: 'personal-story',
    publishedDaysAgo: 2,
    body: [
      {
        p: 'A year ago, I couldn’t imagine making it through a single week without drinking. Today I’m writing this at my kitchen table with a cup of coffee, a little amazed that the year actually happened.',
      },
      {
        p: 'I’m sharing my experience not because I got everything right (I very much didn’t) but because reading other people’s stories helped me when I was starting out. Everyone’s path is different. Take what’s useful and leave the rest.',
      },
      { h2: 'The first month' },
      {
        p: 'The first few weeks were a blur of bad sleep, short tempers, and a strange emptiness in the evenings. I hadn’t realized how much of my day was organized around drinking until it wasn’t.',
      },
      {
        p: 'I also carried a lot of shame. I kept thinking I should have been able to stop on my own, years earlier. It took me a long time to understand that needing help isn’t a character flaw.',
      },
      { h2: 'What helped me' },
      {
        p: 'Honestly, other people. I found an online meeting that started at 7 p.m., right when my cravings were worst, and I logged on almost every night. For the first two weeks I kept my camera off and didn’t say a word. Nobody minded.',
      },
      {
        p: 'I also started seeing a therapist through a telehealth program. Having a set appointment every week gave me something solid to build the rest of my week around.',
      },
      { h2: 'The hard stretch' },
      {
        p: 'Around month five, I started drinking again. It lasted a weekend. I was sure it meant I’d erased everything, and I almost stopped going to meetings because I was embarrassed.',
      },
      {
        p: 'What I learned instead is that a setback isn’t the end of the story. My therapist helped me look at what led up to it, including a stressful project at work, skipped meetings, and too little sleep, without treating it as a moral failure.',
      },
      { h2: 'What helped me' },
      {
        p: 'The second time around, what helped me was different. It was smaller and more boring, and it worked:',
      },
      {
        ul: [
          'Telling the truth quickly, instead of hiding it for weeks',
          'Keeping a consistent bedtime, even on weekends',
          'Having a short list of people I could text without explaining myself',
          'Asking my doctor about medication options I had been too proud to consider',
        ],
      },
      { quote: 'I stopped waiting to feel ready and started doing the next small thing.' },
      { h2: 'Where I am now' },
      {
        p: 'I still go to meetings, though fewer of them. I still have hard days. But I also have mornings I genuinely like, and relationships that feel honest for the first time in a long while.',
      },
      {
        p: 'If you’re just starting out, I won’t tell you it’s easy. I will tell you it’s possible, and that you don’t have to do it alone.',
      },
    ],
  },
  {
    key: 'telehealth-treatment-what-to-expect',
    title: 'Telehealth Treatment for Substance Use: What to Expect',
    excerpt:
      'Video visits can make it easier to start and stay in treatment. Here’s what a first appointment looks like, what care can include, and how to get the most from it.',
    topics: ['treatment'],
    authors: ['elias-brandt'],
    review: { by: 'elias-brandt', daysAgo: 60 },
    publishedDaysAgo: 61,
    body: [
      {
        p: 'For many people, the hardest part of starting treatment is simply getting in the door. Transportation, childcare, work schedules, and worry about being recognized in a waiting room can all get in the way. Telehealth removes some of those barriers by bringing care to wherever you are.',
      },
      {
        p: 'If you’ve never had a video appointment for substance use treatment, it’s natural to wonder how it works. Here’s a general overview of what many programs look like. Details vary by program, by state, and by the kind of care you need.',
      },
      { h2: 'Your first visit' },
      {
        p: 'A first appointment usually includes a conversation about your health history, substance use, mental health, current medications, and goals. It isn’t a test, and there are no wrong answers. The more openly you can share, the better your clinician can tailor your care.',
      },
      {
        p: 'You’ll generally need a private space, a phone or computer with a camera, and a reasonably steady internet connection. If privacy at home is hard to find, some people join from a parked car or a quiet room at a friend’s place.',
      },
      { h2: 'What care can include' },
      {
        p: 'Telehealth programs can offer many of the same services as in-person clinics:',
      },
      {
        ul: [
          'Evaluation and diagnosis by a licensed clinician',
          'Medication treatment for opioid or alcohol use disorder, when appropriate',
          'Individual therapy and group sessions',
          'Care coordination, including lab work at a site near you',
          'Messaging with your care team between visits',
        ],
      },
      {
        p: 'Some needs are better met in person. Withdrawal from alcohol or certain other substances, such as benzodiazepines, can be dangerous and may call for close monitoring, so your clinician may recommend in-person care first. That’s telehealth working as it should, not a failure of it.',
      },
      { h2: 'Privacy and trust' },
      {
        p: 'In the US, records of substance use treatment have special privacy protections under federal law, and reputable programs use secure, encrypted platforms. It’s completely reasonable to ask a program how it protects your information and with whom it may be shared.',
      },
      { h2: 'Making it work for you' },
      { h3: 'Treat it like any other appointment' },
      {
        p: 'Put visits on your calendar, join a few minutes early, and keep a short list of questions nearby. It can be surprisingly easy to let a video visit slip, so some people set two reminders.',
      },
      { h3: 'Know what to do between visits' },
      {
        p: 'Ask your care team how to reach them between appointments and what to do after hours. Telehealth isn’t designed for emergencies: if you or someone else is in danger, call 911 or your local emergency number. To look for treatment options near you, including in-person care, you can search [FindTreatment.gov](https://findtreatment.gov).',
      },
    ],
  },
  {
    key: 'after-a-relapse',
    title: 'After a Relapse: How to Begin Again',
    excerpt:
      'A return to use can bring shame and fear, but it doesn’t erase your progress. Here’s how to stay safe, learn from what happened, and reconnect with support.',
    topics: ['recovery-support', 'treatment'],
    authors: ['priya-castellan'],
    review: { by: 'priya-castellan', daysAgo: 400 },
    publishedDaysAgo: 78,
    body: [
      {
        p: 'If you’ve returned to using after a period of recovery, you may be feeling shame, fear, or a sense that you’ve thrown everything away. Those feelings are real, but they aren’t the whole truth. A return to use is part of many people’s recovery stories, and it doesn’t erase what you’ve built.',
      },
      {
        p: 'Substance use disorders are chronic health conditions. According to the National Institute on Drug Abuse, relapse rates for substance use disorders are similar to those for other chronic illnesses, such as high blood pressure and asthma. When symptoms of any chronic condition return, the usual response is to revisit the treatment plan, not to give up on it.',
      },
      { h2: 'First, stay safe' },
      {
        p: 'After a period of not using, the body’s tolerance drops. Using the same amount as before can lead to an overdose, particularly with opioids. If you’ve used opioids again, keep naloxone nearby, try not to use alone, and avoid mixing substances. If someone is unresponsive or not breathing normally, call 911 right away.',
      },
      {
        p: 'If you take medication for opioid use disorder and have missed doses, contact your clinician before restarting. The safest way to resume depends on the medication and on how long it has been.',
      },
      { h2: 'Look at what happened, without judgment' },
      {
        p: 'When you feel ready, it can help to look back at the days and weeks before you used, not to blame yourself but to learn. Warning signs often show up well before a return to use: skipped routines, growing isolation, rising stress, or thoughts like “I can handle just one.” A few questions can guide you:',
      },
      {
        ol: [
          'What was happening in my life in the weeks before?',
          'Which supports did I stop using, and when?',
          'What was I feeling right before I used?',
          'What would I like to do differently the next time I notice those signs?',
        ],
      },
      { h2: 'Reconnect with support' },
      {
        p: 'Reach out to one person: a counselor, a sponsor or peer, a clinician, or a trusted friend. You don’t need perfect words. “I had a rough week and I used. I want to get back on track” is enough.',
      },
      {
        p: 'Your treatment plan may need updating. That could mean more frequent sessions, a change in medication, a different level of care, or a new peer group. Adjusting the plan is exactly what it’s for.',
      },
      { h2: 'Be as kind to yourself as you would be to a friend' },
      {
        p: 'Many people find that the hardest part of a relapse isn’t the use itself but the self-criticism that follows. If a friend came to you with the same story, you would probably respond with care. You deserve the same.',
      },
      {
        p: 'Free, confidential help is available around the clock through SAMHSA’s National Helpline at 1-800-662-4357. If you’re in crisis, call or text 988.',
      },
    ],
  },
  {
    key: 'draft-coming-soon',
    title: 'Medications for Alcohol Use Disorder: An Overview',
    excerpt:
      'A plain-language guide to the medications that can support recovery from alcohol use disorder.',
    topics: ['treatment'],
    authors: ['elias-brandt'],
    review: { by: 'elias-brandt', daysAgo: 3 },
    publishedDaysAgo: 1,
    status: 'draft',
    body: [
      {
        p: 'This article is still being written and reviewed by our clinical team. Check back soon.',
      },
      { h2: 'What this guide will cover' },
      {
        p: 'How medications for alcohol use disorder work, who they may help, and questions to ask your clinician.',
      },
    ],
  },
]
