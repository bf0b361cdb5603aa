"""The content in English, and the Dutch text in its own column.

django-modeltranslation gave each content field a column per language (0017). This fills
them: the Dutch column gets the text the site showed so far, the English column the English
text below, found by each object's fixed key (a slug, an anchor, a code; an FAQ by its Dutch
question). An object an editor added or renamed after 0016 keeps an empty English field, and
the site shows its Dutch text until an editor fills it in (tests/test_languages.py finds it).

The English is written from the Dutch meaning, in plain words, faithful to every fact.
Reference titles are the papers' own (English) titles.
"""

from django.db import migrations

CONDITION = {
    "peesklachten-zitbot": {
        "name": "proximal hamstring tendinopathy",
        "plain_name": "Tendon pain at the sit bone",
        "summary": "Pain at the sit bone: the bone in your buttock that you sit on. The tendons of your hamstrings are overloaded there. The symptoms come on slowly. With exercises in phases the tendon gets stronger again; expect it to take at least 3 to 4 months.",
        "onset": "Slowly, over weeks or months. Almost never suddenly.",
        "pain_place": "Around the sit bone, low in your buttock. You can often point to the exact spot.",
        "typical_moment": "When sitting, especially on a hard chair, and during sport. Stiff when you start moving after sitting still.",
        "cause": "Overload of the tendon: doing much more sport in a short time, or too little strength in your hamstrings.",
        "recovery": "At least 3 to 4 months of exercise. Longer if the symptoms are worse.",
    },
    "hamstringblessure": {
        "name": "acute hamstring injury (a strain or tear in the muscle)",
        "plain_name": "Hamstring injury",
        "summary": "A sudden strain or tear in the muscles at the back of your thigh. It often happens when sprinting. There are three grades, from mild to severe. Recovery takes 2 weeks to 6 months.",
        "onset": "Suddenly, while moving. Often you have to stop straight away.",
        "pain_place": "The back of your thigh, somewhere between your buttock and just above your knee.",
        "typical_moment": "During a sprint or a quick turn. Afterwards when using stairs, bending down and sometimes when sitting.",
        "cause": "The muscle has to cope with too much at once. Weak buttock muscles, core or lower back make it more likely.",
        "recovery": "Grade 1: 2 to 3 weeks. Grade 2: 4 to 8 weeks. Grade 3: 3 to 6 months.",
    },
}

STRAIN_GRADE = {
    "hamstringblessure/1": {
        "label": "mild",
        "what_you_feel": "Pain, and stiffness that comes on mainly after rest.",
        "what_you_can_do": "You can still get about fairly well.",
    },
    "hamstringblessure/2": {
        "label": "moderate",
        "what_you_feel": "Clear pain when walking. The muscle feels weaker.",
        "what_you_can_do": "You can walk, but it hurts. You cannot move your leg as far as usual.",
    },
    "hamstringblessure/3": {
        "label": "severe",
        "what_you_feel": "A lot of pain and swelling.",
        "what_you_can_do": "You can hardly walk. The muscle no longer works.",
    },
}

SECTION = {
    "peesklachten-zitbot/wat-is-het": {
        "heading": "What is it?",
        "body": """Your hamstrings are the three muscles at the back of your thigh. Tendons attach
them to the sit bone (the ischial tuberosity). That is the bone in your buttock that
you sit on.

When you tighten your hamstrings, those tendons take the force. Does that happen too
often or too hard? Then the tendons become overloaded. Slowly their quality gets
worse. Doctors call this *proximal hamstring tendinopathy*: proximal means at the
top, tendinopathy means a tendon problem.

The tendons are squeezed most when your hip is bent and your knee is straight. For
example, when you bend forward with straight legs. At moments like that you often
feel an overloaded tendon.

### What can be seen in the tendon?

A large study from Scandinavia looked at the tendons of people who had surgery for
this. The attachment to the sit bone was of poorer quality (Lempainen et al. 2009):

- the tendons were thicker;
- the collagen fibres, the building blocks of the tendon, were jumbled up;
- there was fat in the tendon (fatty change).""",
    },
    "peesklachten-zitbot/hoe-ontstaat-het": {
        "heading": "How does it start?",
        "body": """The symptoms come from overload: the tendon is used too much or too hard. They
almost always come on slowly and get worse step by step. It rarely starts
suddenly.

Some sports put extra load on the hamstring tendons, such as running, football and
rugby. But you can get these symptoms with other sports too.

Often the symptoms began after someone started doing much more sport or activity in a
short time, instead of building up gradually.

People who do not play sport can get it too. They often have little strength in
their hamstring muscles. The tendon then has to take a lot of force. That is how it
becomes overloaded and starts to hurt.""",
    },
    "peesklachten-zitbot/wat-voel-je": {
        "heading": "What do you feel?",
        "body": """- A nagging pain around the sit bone. You feel it when you are active, and also
 when sitting. Especially on a hard surface.
- The pain usually creeps up slowly. It gets in the way of sport, and sometimes of
 daily life too.
- Your buttock and hamstring feel stiff when you start moving after sitting still
 for a while.
- You can usually point to the exact painful spot. That spot stays the same, even
 if the problem lasts longer or gets worse.

### How it often goes during sport

1. At the start it hurts more.
2. As you keep going, the pain eases.
3. After sport the pain gets worse again.

Are the symptoms getting worse? Then you feel them in daily life too. Especially when
you sit on a hard chair.""",
    },
    "peesklachten-zitbot/hoe-vastgesteld": {
        "heading": "How does the specialist diagnose it?",
        "body": """The doctor first asks about your symptoms. Then they examine you. That is very
important, because the doctor wants to tell three things apart:

- pain coming from your back;
- a trapped nerve in the pelvis;
- a problem with the hamstring tendon at the sit bone.

### Pressing and tightening

The doctor presses on the spot where the tendon attaches to the sit bone
(palpation). Do you feel your usual pain? Then the diagnosis is almost certain.
Often resistance tests follow: you tighten your hamstring against the doctor's hand.
That can also bring on your usual pain.

### X-rays and scans

Sometimes your story and the examination do not give a clear picture yet. Then more
tests can help.

- **X-ray.** Is your hip joint perhaps not working well? Then the hamstring tendon
 has to take more force. If the doctor thinks after the examination that your hip
 is not working well, you will have an X-ray.
- **Ultrasound scan.** An ultrasound scan can show that the tendon is thicker and of
 poorer quality. On the images the doctor sees the shared tendon of two of the three
 hamstrings (conjoint tendon) and the sit bone it attaches to (Schroeter et al.
 2024). In people with a sturdier, heavier build an ultrasound is less reliable.
 Then the doctor will sooner choose an MRI. A drawback of ultrasound: you only look
 at the place of the pain, while the real problem may be somewhere else.
- **MRI scan.** An MRI of the pelvis can show fluid around the attachment of the
 hamstring.

Which test fits best differs from person to person. The doctor will discuss this with
you at your appointment.""",
    },
    "peesklachten-zitbot/zelf-doen": {
        "heading": "What can you do yourself?",
        "body": """The most important thing you can do yourself is exercise. It makes your hamstring
strong and supple again, so it can cope with more. You build it up in four phases. The exercises in the exercise programme are examples. Discuss them with a (sports) physiotherapist, who can adapt them and add to them.

### How to exercise safely

- Exercise may be a little uncomfortable. But the pain must not go above 4,
 on a scale from 0 (no pain) to 10 (worst pain).
- Exercise 3 to 4 times a week.
- Also notice how it feels the next morning (Silbernagel et al. 2007).
- Only move on to the next phase when you can finish all the exercises without pain
 above 4, and without much discomfort afterwards.
- Expect it to take at least 3 to 4 months. Are your symptoms worse? Then it takes
 longer.

### The four phases

1. **Phase 1: tighten and hold (isometric).** The muscle tightens without
   getting shorter. This puts little pressure on the attachment.
2. **Phase 2: getting shorter under load (concentric).** The muscle works
   while it gets shorter.
3. **Phase 3: heavier, and getting longer under load (eccentric).** The exercises
   get heavier. Added to this, the muscle works while it gets longer.
4. **Phase 4: fast and powerful, back to your sport (dynamic).** Fast,
   jumping exercises are added. This lets you take more load again and return to your sport.

Which exercises belong to each phase, how many sets and repetitions you do and how long you
rest, is in the [exercise programme](/en/oefenprogramma/). There every exercise also has its
own page, with an explanation and common mistakes.

### Flexibility

Flexibility matters too: of your hamstrings, and of the muscles at the front of your
pelvis and thigh (the hip flexors and the quadriceps). Are they too stiff? Then
your pelvis tilts too far forward. That puts more pressure on the
hamstring attachment, which is already struggling. Do not stretch your hamstrings by bending forward with a straight knee: that presses the tendon against your sit bone. A physiotherapist can show you how to become more supple safely.""",
    },
    "peesklachten-zitbot/behandelingen": {
        "heading": "What treatments are there?",
        "body": """All treatments have the same aim: less pain, and a tendon that can cope with more
again. Which treatment fits depends on how bad your symptoms are. Usually you
start with exercise therapy. Sometimes another treatment is added, to help
recovery.""",
    },
    "peesklachten-zitbot/hoe-lang-herstel": {
        "heading": "How long does recovery take?",
        "body": """Recovery takes time. With exercise therapy it takes at least 3 to 4 months. Are your
symptoms worse? Then it takes longer.

Do you have another treatment as well? Then roughly:

- **Shockwave:** the effect carries on for a while after the last treatment.
- **Platelet-rich plasma (PRP) injection:** the effect comes after 6 to 12 weeks.
- **Corticosteroid injection:** the strongest effect usually lasts a few
 weeks to a few months.""",
    },
    "peesklachten-zitbot/wanneer-hulp": {
        "heading": "When to see your GP or physiotherapist?",
        "body": "Do you have one of these signs? Then get help. How soon is shown at the top of each card.",
    },
    "hamstringblessure/wat-is-het": {
        "heading": "What is a hamstring injury?",
        "body": """Your hamstrings are the three muscles at the back of your thigh. They run
from your sit bone to your knee.

In a hamstring injury the muscle has to cope with too much at once. The muscle is
damaged: a strain or a small tear. Doctors call this an acute hamstring
injury.

The pain is at the back of your thigh. Usually somewhere between your buttock
and just above your knee. An injury is different from ordinary muscle soreness after
sport. The difference is mainly in how suddenly and how strongly the pain comes, and
in what you can still do.""",
    },
    "hamstringblessure/hoe-ontstaat-het": {
        "heading": "How does it happen?",
        "body": """A hamstring injury usually happens suddenly, during sport.
For example during a sprint, or when you change direction quickly. Think of
running and football.

### Why does it often come back?

Often the cause is not dealt with. Then the same overload keeps coming
back.

- **Weak muscles nearby.** Are your buttock muscles, your trunk (core) or your
 lower back too weak? Then your hamstring has to do extra work. So it becomes
 overloaded again and again.
- **A stiff hip or a stiff pelvis.** Can your hip not straighten fully?
 Then your hamstring has to work harder. Stiffness in your pelvis also puts more
 strain on the hamstring.
- **Not fully recovered.** Was recovery after an earlier injury not
 complete? Then the scar tissue stays fragile. It tears again more
 easily.""",
    },
    "hamstringblessure/wat-voel-je": {
        "heading": "What do you feel?",
        "body": """You feel pain at the back of your thigh, between your buttock and your knee.
It can feel as if an elastic band is stretched too tight. Sometimes it feels like
cramp, especially with certain movements. The pain can range from a tight feeling
to a stabbing pain. Some people feel a burning pain, others a
deep, dull pain that is always there.

How bad it is varies:

- **Light (mild):** you mainly feel stiff after sitting still, or in the morning after
 getting up.
- **Moderate to severe:** you have sharp pain. You cannot move as well straight
 away.

### When do you notice it?

- **Using stairs:** you bend and straighten your leg while it carries your weight.
- **Bending down** to pick something up.
- **Sport:** when running or playing football the pain often suddenly gets worse.
 Especially during a sprint or a quick turn.
- **Sitting:** this can become uncomfortable too, because your hamstring is then
 under constant tension.""",
    },
    "hamstringblessure/spierpijn-of-blessure": {
        "heading": "Is it muscle soreness or an injury?",
        "body": """**Ordinary muscle soreness** after hard training comes on slowly. You feel it in
both legs about equally. After 48 to 72 hours of rest (2 to 3 days) it gets
better.

**An injury** usually comes on suddenly, while you are moving. You feel a
sharp, shooting pain and have to stop straight away. Without the right approach the
pain stays the same or gets worse.

### Ask yourself these questions

- Did the pain come suddenly, while you were moving?
- Can you still put weight on your leg as normal?
- Do you see swelling or a bruise?

Did the pain come suddenly, can you not put weight on your leg properly, or do you see
swelling or a change of colour? Then it is probably more than muscle soreness. Look at
the warning signs at the bottom of this page.""",
    },
    "hamstringblessure/hoe-ernstig": {
        "heading": "How serious is it?",
        "body": """A hamstring injury has three grades. Grade 1 is mild, grade 3 is severe. The
grade also gives a rough idea of how long recovery takes.""",
    },
    "hamstringblessure/hoe-vastgesteld": {
        "heading": "How does the specialist diagnose it?",
        "body": """Your GP can make a first diagnosis. The GP also checks that it is not a
serious injury.

For most grade 1 and 2 injuries a good examination is enough. An
experienced physiotherapist or doctor asks what happened and examines your leg.
With that, a treatment plan can be made.

### When is an MRI or ultrasound scan needed?

An MRI or ultrasound scan is mainly needed when it might be a serious injury:

- you heard or felt a clear pop;
- you cannot walk;
- after 2 to 3 weeks of targeted treatment there is no improvement.

Are you unsure, or do the symptoms carry on? Then a scan can show exactly how big the
damage is. The treatment can then be adjusted.""",
    },
    "hamstringblessure/zelf-doen": {
        "heading": "What can you do yourself?",
        "body": """**Keep moving, but wisely.** Complete rest is rarely best. Have you just had
sharp pain? Then avoid movements that load the hamstring directly for a while. Other
exercises are often fine: they keep the rest of your body strong. Discuss with
your physiotherapist which movements are safe, and how to build up again. That way you
keep your fitness and strength while your hamstring recovers.

### Exercises at home

These exercises also help to prevent new problems. Do them 3 to 4 times
a week: as a warm-up, or as a separate programme. Exercising often matters more than
exercising hard.

- **Buttock muscles:** bridge (glute bridge) and clamshell.
- **Trunk (core):** plank and dead bug.
- **Hamstrings:** Nordic hamstring curl. This makes the muscle stronger while it gets longer (eccentric training). This exercise is hard: not at the start of your recovery. Ask your physiotherapist when you can start it.
- **Mobility:** stretch the hip flexors, and loosen the back of your thigh with a foam roller.

### Warming up and stretching

A good warm-up helps. Your muscles get more blood and are ready for the
effort. Before sport, stretch while moving (dynamic stretching). Stretching while
holding still (static) is better done after sport. A warm-up on its own does not make weak
muscles strong: do strength and mobility exercises too.

### Stiff in the morning?

At night your hamstring lies in a shortened position. Lying still also lets fluid
build up. That makes it feel stiff in the morning. A short morning routine of 5 to
10 minutes helps: gentle stretching and moving. Do you stay stiff in the morning, or is it getting worse? Then have it checked by your GP or physiotherapist.""",
    },
    "hamstringblessure/behandelingen": {
        "heading": "What treatments are there?",
        "body": """Good treatment deals with the cause, not just the pain. Recovery happens in
phases, and a physiotherapist can guide you through them.""",
    },
    "hamstringblessure/hoe-lang-herstel": {
        "heading": "How long does recovery take?",
        "body": """That depends mainly on the grade (see the table above):

- grade 1: usually 2 to 3 weeks;
- grade 2: 4 to 8 weeks;
- grade 3: often 3 to 6 months.

It also depends on how well you deal with the cause. Do you only rest? Then
the problem is likely to come back.

### When can you play sport again?

You decide this together with your physiotherapist, at the end of your recovery. Together you check that:

- pressing on the muscle does not hurt;
- the strength and flexibility tests do not hurt;
- sprinting, slowing down and turning do not hurt, not even afterwards;
- your leg is almost as flexible as your other leg;
- the test on the pitch goes well: what your sport asks of you;
- you feel ready and trust your leg.

Is everything in order? Then you decide together that you go back to sport. Experts from all over the world agreed on these points, so that nobody goes back to sport too early (van der Horst et al. 2017).""",
    },
    "hamstringblessure/wanneer-hulp": {
        "heading": "When to see your GP or physiotherapist?",
        "body": """Your GP makes a first diagnosis and checks whether it is serious. For recovery, and
to stop it coming back, a physiotherapist with experience of
hamstring problems can help.

Do you have one of these signs? Then get help. How soon is shown at the top of each card.""",
    },
}

TREATMENT = {
    "peesklachten-zitbot/oefentherapie": {
        "name": "Exercise therapy",
        "what_it_is": "Exercises that make your hamstring stronger step by step, in four phases. Usually the first treatment.",
        "how_it_works": "If you have had symptoms for a while, your hamstrings are often less strong, less supple or have less stamina. Exercise brings back the balance. That way the tendon attachment has less to put up with. A physiotherapist often does a strength test first, to see where you start. Does a phase go well, without much pain while exercising and without much discomfort afterwards? Then you move on to the next phase.",
        "sessions": "3 to 4 times a week, in four phases.",
        "effect_expected": "Expect at least 3 to 4 months. With worse symptoms it takes longer.",
        "evidence": "Researchers advise building up exercise therapy in phases (Campos-Villegas et al. 2024; Beatty et al. 2017). The limit of 4 out of 10 for pain while exercising comes from research on hamstring injuries (Hickey et al. 2020). Watching the pain the next morning comes from research on other tendon problems (Silbernagel et al. 2007).",
    },
    "peesklachten-zitbot/manuele-therapie": {
        "name": "Manual therapy",
        "what_it_is": "A physiotherapist uses their hands to make your back and hips move more easily (mobilisation).",
        "how_it_works": "Do your back or hips move stiffly? Then the hamstring attachment takes extra load. When your back and hips move better, that extra load goes down.",
        "sessions": "Not fixed. The physical examination shows whether it adds anything.",
        "effect_expected": "Our sources give no time frame for this.",
        "evidence": "Our sources mention no research on this. It is an addition to exercise therapy, when your back or hips are stiff.",
    },
    "peesklachten-zitbot/shockwave": {
        "name": "Shockwave therapy",
        "what_it_is": "A treatment in which a device aims shock waves at the tendon at the sit bone.",
        "how_it_works": "In many tendon problems shockwave can help to make the tendon stronger. To reach the attachment properly, your hip is usually bent, or you tilt your pelvis a little.",
        "sessions": "Usually 5 to 7 times, at a physiotherapist.",
        "effect_expected": "The effect carries on for a while after the treatment has stopped.",
        "evidence": "There are a few studies of shockwave for this hamstring problem. One of them followed how the symptoms changed after treatment (Cacchio et al. 2011).",
    },
    "peesklachten-zitbot/prp": {
        "name": "Platelet-rich plasma injection (PRP, also called ACP)",
        "what_it_is": "An injection of plasma from your own blood. Blood is taken from your arm. The plasma from it is concentrated.",
        "how_it_works": "This plasma contains substances that can make the tendon attachment stronger. The doctor injects it around the attachment. An ultrasound scan shows exactly where the needle is (ultrasound-guided). Alongside the injection you always do exercise therapy.",
        "sessions": "One injection, always together with exercise therapy.",
        "effect_expected": "After 6 to 12 weeks. It is not a quick fix. The aim is a tendon that is stronger and less painful in the long run.",
        "evidence": "Research shows the effect comes between 6 and 12 weeks after the injection (Auriemma et al. 2020; Davenport et al. 2015). For this, Davenport followed the HOS score: a score for how well your hamstring works.",
    },
    "peesklachten-zitbot/corticosteroiden": {
        "name": "Corticosteroid injection (anti-inflammatory)",
        "what_it_is": "An injection of an anti-inflammatory medicine around the tendon attachment. Sometimes an option when pain stops you from exercising.",
        "how_it_works": "The injection makes the tendon attachment less irritated. Irritation and inflammation partly go down. You then have less pain and can train better. It does not make the tendon stronger. The doctor uses an ultrasound scan, so that the injection goes exactly to the attachment and hits nothing else.",
        "sessions": "One injection, together with exercise therapy.",
        "effect_expected": "The strongest effect usually lasts a few weeks to a few months.",
        "evidence": "There is little research, and none comparing with people who did not have an injection. In a small study the pain fell on average from about 7 to 4 (out of 10), and after 2 years about 4 in 10 people had no symptoms left (Nicholson et al. 2014). In another study half had less pain for longer than a month, and a quarter for longer than six months (Zissen et al. 2010). Auriemma et al. (2020) describe how the injection is given with ultrasound. Be aware of the risks. In other tendon problems, such as tennis elbow, an injection helped most in the short term, but after six months to a year people did worse than without an injection (Coombes et al. 2010). After repeated injections a tendon can become weaker, and sometimes tear (Speed 2001). That is why you do not have them often, and why you keep exercising afterwards.",
    },
    "hamstringblessure/herstel-in-fasen": {
        "name": "Recovery in phases (exercise therapy)",
        "what_it_is": "An exercise programme that gets harder step by step, guided by a physiotherapist.",
        "how_it_works": "First the aim is less pain and being able to move normally again. Then you slowly build up strength and mobility, and do more and more. In the last phase you learn to prevent new problems and to carry on by yourself, without a therapist. Exercise may hurt a little, but not more than 4 on a scale from 0 to 10.",
        "sessions": "Exercise 3 to 4 times a week. How long depends on the grade.",
        "effect_expected": "Grade 1: 2 to 3 weeks. Grade 2: 4 to 8 weeks. Grade 3: 3 to 6 months.",
        "evidence": "In research with people with an acute hamstring injury, exercise was allowed to hurt up to 4 out of 10 (Hickey et al. 2020). That limit applies here too. The plan for each grade on this site also follows the guideline for hamstring injuries in athletes (Martin et al. 2022).",
    },
    "hamstringblessure/achterste-keten": {
        "name": "Strength of the buttock muscles, lower back and core",
        "what_it_is": "Strength training for the muscles at the back of your body: buttock muscles, lower back and core. Plus exercises for a supple hip and pelvis.",
        "how_it_works": "Are these muscles strong? Then the load is spread better. Your hamstring then does not have to take over work from other muscles. So it is less likely to become overloaded.",
        "sessions": "3 to 4 times a week, at home or as a warm-up.",
        "effect_expected": "Mainly in the long run: the chance that the injury comes back gets smaller.",
        "evidence": "Our sources mention no research on this.",
    },
}

FAQ = {
    "Mag oefenen pijn doen?": {
        "question": "Is it all right if exercise hurts?",
        "answer": """A little, yes. While exercising the pain must not go above 4, on a
scale from 0 (no pain) to 10 (worst pain). Also notice how it feels the next
morning. Did the pain go above 4 twice in a row? Then take it easier,
and contact your physiotherapist.""",
    },
    "Hoe lang duurt herstel van een hamstringblessure?": {
        "question": "How long does it take to recover from a hamstring injury?",
        "answer": """That depends on the grade:

- grade 1: usually 2 to 3 weeks;
- grade 2: 4 to 8 weeks;
- grade 3: often 3 to 6 months.

It also depends on how well you deal with the cause. Do you only rest? Then
the problem is likely to come back.""",
    },
    "Ik sport niet. Kan ik toch peesklachten bij het zitbot krijgen?": {
        "question": "I do not play sport. Can I still get tendon pain at the sit bone?",
        "answer": """Yes. People who do not play sport can get it too. They often have little strength
in their hamstrings. The tendon at the sit bone then has to take a lot of force, and
so becomes overloaded.""",
    },
    "Moet ik naar een fysiotherapeut, of kan mijn huisarts mij helpen?": {
        "question": "Should I see a physiotherapist, or can my GP help me?",
        "answer": """Your GP can make a first diagnosis and check whether it is serious. For
recovery, and to stop it coming back, you need more. A physiotherapist with experience of hamstring problems examines your leg. Together you make a recovery plan that suits you.""",
    },
    "Kan ik blijven sporten, of moet ik helemaal stoppen?": {
        "question": "Can I keep playing sport, or do I have to stop completely?",
        "answer": """Complete rest is rarely best. It is about loading wisely. Have you just had
sharp pain? Then avoid movements that load the hamstring directly for a while. Other
exercises are often fine: they keep the rest of your body strong. Discuss with
your physiotherapist which movements are safe, and how to build up again. That way you
keep your fitness and strength while your hamstring recovers.""",
    },
    "Hoe lang moet ik oefenen?": {
        "question": "How long do I need to exercise?",
        "answer": """Expect at least 3 to 4 months, 3 to 4 times a week. Are your symptoms worse?
Then it takes longer. You only move on to the next phase when you can finish the
exercises without pain above 4 (out of 10), and without much discomfort afterwards.""",
    },
    "Helpen warming-up en rekken echt tegen hamstringblessures?": {
        "question": "Do warming up and stretching really help against hamstring injuries?",
        "answer": """Yes, a good warm-up helps. Your muscles get more blood and are ready for
the effort.

- Before sport, stretch while moving (dynamic stretching).
- Stretch while holding still (static) preferably after sport.

But a warm-up on its own does not make weak muscles strong. So do
strength and mobility exercises too.""",
    },
    "Waarom is mijn hamstring vooral 's ochtends stijf?": {
        "question": "Why is my hamstring stiff mainly in the morning?",
        "answer": """At night your hamstring lies in a shortened position. Lying still also lets fluid
build up. That causes stiffness.

A morning routine of 5 to 10 minutes helps: gentle stretching and moving. Do you stay
stiff in the morning? Then the cause has not been solved yet. Have it looked at
further.""",
    },
    "Lost een injectie mijn klachten snel op?": {
        "question": "Will an injection quickly solve my problem?",
        "answer": """No, an injection is not a quick fix.

- A **platelet-rich plasma (PRP)** injection only works after 6 to 12 weeks. The
 aim is a tendon that is stronger and less painful in the long run.
- A **corticosteroid** injection makes the tendon less irritated, but
 not stronger. That lets you train better.

With both, you keep exercising.""",
    },
    "Welke oefeningen kan ik thuis doen om hamstringklachten te voorkomen?": {
        "question": "Which exercises can I do at home to prevent hamstring problems?",
        "answer": """- **Buttock muscles:** bridge (glute bridge) and clamshell.
- **Trunk (core):** plank and dead bug.
- **Hamstrings:** Nordic hamstring curl. This makes the muscle stronger while it gets longer (eccentric training). This exercise is hard: not at the start of your recovery. Ask your physiotherapist when you can start it.
- **Mobility:** stretch the hip flexors, and loosen the back of your thigh with a foam roller.

Do these exercises 3 to 4 times a week: as a warm-up, or as a separate
programme. Exercising often and regularly matters more than exercising hard.""",
    },
    "Wanneer is een MRI of echo nodig?": {
        "question": "When is an MRI or ultrasound scan needed?",
        "answer": """Mainly when it might be a serious injury:

- you heard a clear pop;
- you cannot walk;
- after 2 to 3 weeks of targeted treatment there is no improvement.

For most grade 1 and 2 injuries a good examination by an experienced
physiotherapist or doctor is enough to make a treatment plan. Are you unsure, or do
the symptoms carry on? Then a scan can show how big the damage is.""",
    },
}

_SADDLE = {
    "sign": "You have numbness around your anus, buttocks or groin, or you cannot properly hold in your pee or poo.",
    "advice": "The nerves low in your back may be trapped. This is an emergency: call 112 or the out-of-hours GP service now. Quick treatment can prevent lasting damage.",
}
_TRAINING_PAIN = {
    "sign": "While exercising, the pain goes above 4 (on a scale from 0 to 10) twice in a row.",
    "advice": "Take it easier: lighter or less often. Contact your physiotherapist within a few days.",
}

WARNING_SIGN = {
    "peesklachten-zitbot/saddle-numbness": _SADDLE,
    "peesklachten-zitbot/sudden-sit-bone-pain": {
        "sign": "You suddenly felt a pop or sharp pain at the sit bone.",
        "advice": "Tendon pain at the sit bone almost always comes on slowly. Sudden pain does not fit with that: it may be an injury or a tear. Call your GP today.",
    },
    "peesklachten-zitbot/weak-foot": {
        "sign": "Your foot is weak: you cannot lift your foot or toes properly, or your foot drags.",
        "advice": "There may be pressure on a nerve, for example from your back. Call your GP today.",
    },
    "peesklachten-zitbot/fever-or-ill": {
        "sign": "You have a fever, or you feel unwell.",
        "advice": "There may be an infection. Call your GP today.",
    },
    "peesklachten-zitbot/night-pain": {
        "sign": "You also have pain at night or at rest, and it does not ease when you change position.",
        "advice": "Tendon pain hurts mainly when sitting and moving. Pain that stays at rest may have another cause. Call your GP today.",
    },
    "peesklachten-zitbot/weight-loss-or-cancer": {
        "sign": "You are losing weight without trying, or you have or have had cancer.",
        "advice": "A doctor needs to check whether the pain has another cause. Call your GP today.",
    },
    "peesklachten-zitbot/below-knee-or-back": {
        "sign": "The pain spreads down your leg, you feel tingling, or the pain seems to come from your back.",
        "advice": "The pain may then also come from your back, or from a trapped nerve in the pelvis. Make an appointment with your GP within a few days to have that checked.",
    },
    "peesklachten-zitbot/training-pain-above-limit": _TRAINING_PAIN,
    "peesklachten-zitbot/cannot-exercise": {
        "sign": "You cannot exercise, because it hurts too much.",
        "advice": "Talk to your doctor or physiotherapist. Sometimes a corticosteroid injection is an option, so that you can train afterwards.",
    },
    "peesklachten-zitbot/daily-life-pain": {
        "sign": "You also have pain in daily life, for example when you sit on a hard chair.",
        "advice": "The problem has got worse. Discuss with your physiotherapist whether your exercise programme needs changing.",
    },
    "hamstringblessure/saddle-numbness": _SADDLE,
    "hamstringblessure/pop": {
        "sign": "You heard or felt a pop when the pain started.",
        "advice": "This may be a tear in the muscle, or a tendon torn away from the bone. Stop your sport. Call your GP today: surgery works best when it is done early, within a few weeks. An MRI or ultrasound scan may be needed.",
    },
    "hamstringblessure/cannot-walk": {
        "sign": "You cannot walk, or hardly.",
        "advice": "This may be a serious injury (grade 3). Call your GP today: an MRI or ultrasound scan may be needed.",
    },
    "hamstringblessure/swelling-or-bruising": {
        "sign": "You see swelling or a bruise. It can also appear hours or days later.",
        "advice": "This points to bleeding in the muscle. Contact your GP today.",
    },
    "hamstringblessure/growth-plate": {
        "sign": "You are under 18, and you suddenly got pain at your sit bone, for example when sprinting or kicking.",
        "advice": "In young people the bone is still growing. The tendon can then pull a small piece of bone off the sit bone. This is called an avulsion fracture, and it is easily missed. Call your GP today: sometimes an X-ray is needed.",
    },
    "hamstringblessure/warm-calf": {
        "sign": "Your calf is swollen, warm and painful.",
        "advice": "This may be a blood clot in a vein: thrombosis (DVT). It can also happen after an injury, if you move little. Call your GP today.",
    },
    "hamstringblessure/fall-or-blow": {
        "sign": "The pain started after a fall, or after a hard blow to your buttock or thigh.",
        "advice": "A bone may also be broken, or there may be a large bleed in the muscle. Call your GP today.",
    },
    "hamstringblessure/not-better-after-days": {
        "sign": "The pain came suddenly, and has not eased after 2 to 3 days.",
        "advice": "Ordinary muscle soreness gets better after 48 to 72 hours of rest. Does the pain stay the same or get worse? Then it is probably an injury. Make an appointment with your GP or physiotherapist within a few days.",
    },
    "hamstringblessure/no-improvement": {
        "sign": "After 2 to 3 weeks of targeted treatment there is no improvement.",
        "advice": "Discuss with your GP or physiotherapist whether an MRI or ultrasound scan is needed. The treatment can then be adjusted.",
    },
    "hamstringblessure/training-pain-above-limit": _TRAINING_PAIN,
    "hamstringblessure/stiffness-or-recurrence": {
        "sign": "You stay stiff in the morning, even after weeks, or the injury keeps coming back.",
        "advice": "The cause has probably not been solved yet. Ask your physiotherapist to look for weak buttock muscles, core or lower back, and for a stiff hip.",
    },
}


FIELDS = {
    "Condition": (
        "name",
        "plain_name",
        "summary",
        "onset",
        "pain_place",
        "typical_moment",
        "cause",
        "recovery",
    ),
    "StrainGrade": ("label", "what_you_feel", "what_you_can_do"),
    "Section": ("heading", "body"),
    "Treatment": ("name", "what_it_is", "how_it_works", "sessions", "effect_expected", "evidence"),
    "FAQ": ("question", "answer"),
    "WarningSign": ("sign", "advice"),
    "Reference": ("title",),
}


def _condition_key(obj, rest):
    slug = obj.condition.slug if obj.condition_id else ""
    return f"{slug}/{rest}"


KEYS = {
    "Condition": (CONDITION, lambda o: o.slug),
    "StrainGrade": (STRAIN_GRADE, lambda o: _condition_key(o, o.grade)),
    "Section": (SECTION, lambda o: _condition_key(o, o.anchor)),
    "Treatment": (TREATMENT, lambda o: _condition_key(o, o.anchor)),
    "FAQ": (FAQ, lambda o: o.question),
    "WarningSign": (WARNING_SIGN, lambda o: _condition_key(o, o.code)),
    # The titles are the papers' own, in English: the same in both languages.
    "Reference": (None, None),
}


def forwards(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("conditions", model_name)
        english, key = KEYS[model_name]
        for obj in model.objects.all():
            texts = english.get(key(obj), {}) if english is not None else None
            for field in fields:
                dutch = getattr(obj, field)
                setattr(obj, f"{field}_nl", dutch)
                setattr(obj, f"{field}_en", dutch if texts is None else texts.get(field, ""))
            obj.save(update_fields=[f"{f}_{lang}" for f in fields for lang in ("nl", "en")])


class Migration(migrations.Migration):
    dependencies = [("conditions", "0017_content_languages")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
