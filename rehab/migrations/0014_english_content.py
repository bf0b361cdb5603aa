"""The programme in English, and the Dutch text in its own column.

django-modeltranslation gave each text field a column per language (0013). This fills them:
the Dutch column gets the text the site showed so far, the English column the English text
below, found by each object's fixed key (an exercise's slug, a template's slug, a phase's
template and number; a prescription's note by its Dutch text). An object an editor added
or changed keeps an empty English field, and the site shows its Dutch text until an editor
fills it in (tests/test_languages.py finds it).

The English is written from the Dutch meaning, in plain words, faithful to every fact.
"""

from django.db import migrations

EXERCISE = {
    "single-leg-arabesque": {
        "name": "Single-leg arabesque",
        "trains": "The hamstrings while they get longer under load, and your balance.",
        "instructions": "Stand on one leg, with or without a light weight in your hands.\nMove your chest forward. Your other leg goes straight back.\nKeep your back straight and move slowly.\nCome slowly back up.",
        "common_mistakes": "You round your back: move from your hip.\nYour hip turns open: keep both hips pointing at the floor.",
        "illustration_alt": "Left: standing upright on one leg. Right: the upper body is tilted forward and the other leg points straight back.",
    },
    "quadriceps-stretch": {
        "name": "Front of thigh stretch (quadriceps stretch)",
        "trains": "Suppleness of the muscles at the front of your thigh (quadriceps).",
        "instructions": "Stand up straight. Hold on to a wall if you need to.\nTake hold of your ankle and bring your heel towards your buttock. Keep your knees side by side.\nYou feel a stretch at the front of your thigh. Hold the stretch gently; your physiotherapist will tell you for how long.",
        "common_mistakes": "Your knee moves forward or to the side.\nYou arch your lower back.",
        "illustration_alt": "Left: standing upright. Right: the heel is pulled towards the buttock with the hand.",
    },
    "single-leg-bridge": {
        "name": "Single-leg bridge",
        "trains": "The hamstrings and buttock muscles, without the hamstring getting shorter: little pressure on the attachment at the sit bone.",
        "instructions": "Lie on your back. Bend one knee and put that foot flat on the floor.\nStraighten the other leg and hold it in the air.\nPush your hips up until your body forms a straight line from knee to shoulder.\nHold this for as long as your plan says. Keep breathing calmly.\nLower yourself slowly, pause briefly and start again.",
        "common_mistakes": "Your hip drops on one side: keep your pelvis level.\nYou arch your lower back: tighten your stomach muscles a little.\nYou hold your breath.",
        "illustration_alt": "Left: lying on the back, one foot on the floor, the other leg straight in the air. Right: the hips are lifted and held.",
    },
    "glute-bridge": {
        "name": "Bridge (glute bridge)",
        "trains": "The buttock muscles, so the hamstring has less work to take over.",
        "instructions": "Lie on your back with both knees bent and your feet flat on the floor.\nPush your hips up until knee, hip and shoulder are in one line.\nHold briefly and lower yourself slowly.",
        "common_mistakes": "You push from your lower back instead of your buttocks.",
        "illustration_alt": "Left: lying on the back with bent knees. Right: the hips are lifted.",
    },
    "dead-bug": {
        "name": "Dead bug",
        "trains": "The deep stomach muscles, while your arms and legs move.",
        "instructions": "Lie on your back. Arms straight up, knees bent at 90 degrees above your hips.\nAt the same time stretch one arm back and the other leg forward.\nCome back and change sides.\nKeep your lower back against the floor.",
        "common_mistakes": "Your lower back comes off the floor.",
        "illustration_alt": "Left: on the back with arms up and knees at 90 degrees. Right: one arm and the other leg are stretched out.",
    },
    "hamstring-stretch": {
        "name": "Hamstring stretch",
        "trains": "Suppleness of the hamstrings at the back of your thigh.",
        "instructions": "Put one foot on a low step, with your leg straight.\nWith a straight back, bend forward from your hip.\nYou feel a stretch at the back of your thigh. Hold the stretch gently; your physiotherapist will tell you for how long. Do not stretch into pain.",
        "common_mistakes": "You round your back instead of bending from your hip.",
        "illustration_alt": "Left: standing with one heel on a step. Right: bent forward with a straight back.",
    },
    "hip-flexor-stretch": {
        "name": "Hip flexor stretch",
        "trains": "Suppleness of the hip flexors at the front of your hip, so your pelvis does not tilt too far forward.",
        "instructions": "Put one knee on the floor and the other foot in front of you, knee at 90 degrees.\nTilt your pelvis slightly backwards and gently push your hip forward.\nYou feel a stretch at the front of the hip of your back leg. Hold the stretch gently; your physiotherapist will tell you for how long.",
        "common_mistakes": "You arch your lower back instead of pushing your hip forward.",
        "illustration_alt": "Left: half-kneeling upright. Right: the hip is pushed forward.",
    },
    "isometric-heel-press": {
        "name": "Heel press into the floor (isometric hamstring exercise)",
        "trains": "The hamstring, without it getting shorter or longer (isometric): a careful first load after an injury.",
        "instructions": "Lie on your back. Bend your knee a little and put your heel on the floor.\nPress your heel into the floor, as if you want to pull it towards your buttock. Your leg does not move.\nPress so hard that the pain is at most 4 out of 10.\nHold for as long as your plan says. Keep breathing calmly.\nRelax, pause briefly and start again.",
        "common_mistakes": "You press so hard that the pain goes above 4: press less hard.\nYou lift your buttocks off the floor: stay lying flat.\nYou hold your breath.",
        "illustration_alt": "Left: on the back, the knee slightly bent and the heel on the floor. Right: the same position; the heel presses into the floor and the leg does not move.",
    },
    "lying-leg-curl": {
        "name": "Lying leg curl",
        "trains": "The hamstrings while they get shorter under load.",
        "instructions": "Lie on your stomach. Put a resistance band or weight around your ankle.\nBend your knee and bring your heel slowly towards your buttock, at the pace in your plan.\nStraighten your knee again just as slowly.",
        "common_mistakes": "You lift your hips off the floor: keep your pelvis on the mat.\nYou move too fast: keep to the pace in your plan.",
        "illustration_alt": "Left: lying on the stomach with a straight leg and a band around the ankle. Right: the knee is bent and the heel is near the buttock.",
    },
    "nordic-hamstring-curl": {
        "name": "Nordic hamstring curl",
        "trains": "The hamstrings while they get longer under heavy load: protects against new injuries. Not at the start of your recovery: this is a hard exercise. Ask your physiotherapist when you can start it.",
        "instructions": "Kneel on a soft surface. Have someone hold your ankles, or hook them under something.\nKeep your body straight from knee to head.\nLower yourself forward as slowly as you can.\nCatch yourself with your hands and push yourself back up.",
        "common_mistakes": "You bend at your hip: stay in one straight line.\nYou start this too early in your recovery: this is a hard exercise.",
        "illustration_alt": "Left: kneeling upright with the ankles held. Right: the body has lowered forward in one straight line.",
    },
    "sport-drills": {
        "name": "Drills from your own sport (sport-specific training)",
        "trains": "The movements of your own sport, such as shooting, passing, jumping or turning, up to match pace.",
        "instructions": "Choose drills from your own sport together with your physiotherapist or coach.\nDo them slowly at first and without an opponent.\nMake them faster and harder step by step, up to match pace.\nTrain with your team again when your physiotherapist agrees.",
        "common_mistakes": "You start straight away at match pace.\nYou play a match before your physiotherapist agrees.",
        "illustration_alt": "Left: standing with a ball in front of the foot. Right: the leg swings forward and kicks the ball away.",
    },
    "plank": {
        "name": "Plank",
        "trains": "The stomach and back muscles (the core), so your pelvis stays stable.",
        "instructions": "Rest on your forearms and your toes.\nMake your body straight as a plank, from head to heels.\nHold this and keep breathing calmly.",
        "common_mistakes": "Your buttocks sag or stick up.",
        "illustration_alt": "Left: on the forearms and knees. Right: on the forearms and toes with the body in a straight line.",
    },
    "jogging": {
        "name": "Easy jogging",
        "trains": "Running at an easy pace, about half your top speed: the step after walking.",
        "instructions": "Warm up with 5 minutes of brisk walking.\nJog at an easy pace. You can still talk easily.\nJog the distance your plan says, and walk back to rest.\nDid the pain stay below 4, the next morning too? Then you may go a little faster next time.",
        "common_mistakes": "You start too fast straight away.\nYou skip the warm-up.\nYou keep jogging while the pain goes above 4.",
        "illustration_alt": "Left: walking. Right: jogging, with both feet briefly off the ground.",
    },
    "clamshell": {
        "name": "Clamshell",
        "trains": "The side of the buttock, which keeps your hip and pelvis steady.",
        "instructions": "Lie on your side with your knees bent and your feet together.\nKeep your feet together and lift your top knee, like a shell opening.\nLower the knee slowly.",
        "common_mistakes": "Your pelvis rolls backwards with it: keep your hips stacked.",
        "illustration_alt": "Left: on the side with the knees together. Right: the top knee is opened, the feet stay together.",
    },
    "sprint": {
        "name": "Sprinting at full speed (sprint)",
        "trains": "Your top speed: the heaviest load for your hamstring, and in sport the moment when most injuries happen.",
        "instructions": "Warm up well: walking, easy jogging and a few tempo runs.\nBuild up your speed: first 80 to 90 percent, then flat out.\nSprint the distance in your plan and slow down gently.\nWalk back and rest fully before the next sprint.",
        "common_mistakes": "You sprint without a good warm-up.\nYou keep sprinting while you are tired: stop when you can no longer go flat out.\nThe pain goes above 4: go back to the tempo run and ask your physiotherapist for advice.",
        "illustration_alt": "Left: in the starting position, bent forward. Right: sprinting with a long stride and strongly swinging arms.",
    },
    "squat-jump": {
        "name": "Squat jump",
        "trains": "Fast strength of legs and buttocks, to prepare for sport.",
        "instructions": "Stand with your feet slightly apart.\nBend your knees to about 45 degrees.\nJump straight up.\nLand softly on both feet and bend your knees as you land.",
        "common_mistakes": "Your knees fall inwards: keep them above your feet.\nYou land hard on straight legs.",
        "illustration_alt": "Left: standing with the knees slightly bent. Right: in the air, jumped straight up.",
    },
    "tempo-run": {
        "name": "Tempo run (running at about 70 percent of your top speed)",
        "trains": "Running faster: your hamstring works harder with every stride.",
        "instructions": "Warm up: 5 minutes of walking and 5 minutes of easy jogging.\nRun the distance in your plan at about 70 percent of your top speed: brisk, but not flat out.\nBuild up your speed gently over the first few metres. Slow down gently at the end.\nWalk back to rest.",
        "common_mistakes": "You go flat out anyway: stay around 70 percent.\nYou stop suddenly: slow down gently.\nYou keep running while the pain goes above 4.",
        "illustration_alt": "Left: jogging. Right: running with a longer stride and a higher knee.",
    },
    "change-of-direction": {
        "name": "Changing direction (turns)",
        "trains": "Slowing down, turning and speeding up again, as in many sports.",
        "instructions": "Put down a few cones or bottles, a few metres apart.\nJog to a cone, slow down, turn and run to the next one.\nStart slowly, with wide turns. Later make the turns sharper and run faster.\nWalk back to rest.",
        "common_mistakes": "You slow down on a straight leg: bend your knees.\nYou start straight away with sharp turns at full speed.",
        "illustration_alt": "Left: running towards a cone. Right: slowing down with bent knees, to change direction.",
    },
    "walking": {
        "name": "Walking (brisk walking)",
        "trains": "Ordinary walking: the first step in building up to running. Your hamstring gets used to every step again.",
        "instructions": "Walk at an easy pace on a flat surface.\nTake normal steps, no bigger than usual.\nIs it going well? Then walk a little faster, up to a brisk walk.\nDoes the pain go above 4? Then walk more slowly, or stop.",
        "common_mistakes": "You take big steps to stretch the muscle: walk with normal steps.\nYou limp: then walk more slowly or a shorter distance.\nYou keep walking while the pain goes above 4.",
        "illustration_alt": "Left: standing upright, ready to walk. Right: walking with a normal step.",
    },
    "alternating-split-squat-jump": {
        "name": "Alternating split squat jump",
        "trains": "Fast strength and control of both legs, as in sprinting.",
        "instructions": "From standing, step one leg forward.\nBend the front knee to 90 degrees.\nJump up and switch legs in the air.\nLand with the other leg in front, and bend down again.",
        "common_mistakes": "Your front knee shoots far past your toes.\nYour upper body falls forward: stay upright.",
        "illustration_alt": "Left: split stance with the front knee at 90 degrees. Right: after the jump the other leg is in front.",
    },
    "seated-one-leg-curl": {
        "name": "Seated single-leg curl",
        "trains": "The hamstrings with more weight than in phase 2.",
        "instructions": "Sit on a chair or bench. Fix a resistance band to something sturdy in front of you, at ankle height, and put it around one ankle. An ankle weight does not work here: it pulls downwards. In a gym you can also use the seated leg curl machine.\nStart with a straight leg.\nBend your knee against the resistance, at the pace in your plan.\nLet your leg straighten again slowly.",
        "common_mistakes": "You lean back to get more force: stay sitting upright.\nThe resistance is so heavy that the pain goes above 4: use a lighter resistance.",
        "illustration_alt": "Left: sitting with a straight leg and a band around the ankle. Right: the knee is bent against the resistance.",
    },
}

PLAN_TEMPLATE = {
    "hamstringblessure-graad-1": {
        "name": "Hamstring injury grade 1 (mild): from careful loading to sport",
        "description": "For a mild hamstring injury. Four phases: careful loading, strength, running and back to your sport. Based on exercising up to a pain limit of 4 out of 10 (Hickey et al. 2020) and the guideline for hamstring injuries (Martin et al. 2022).",
    },
    "hamstringblessure-graad-2": {
        "name": "Hamstring injury grade 2 (moderate): from careful loading to sport",
        "description": "For a moderate hamstring injury. The same four phases as for grade 1, with more days per phase. Based on exercising up to a pain limit of 4 out of 10 (Hickey et al. 2020) and the guideline for hamstring injuries (Martin et al. 2022).",
    },
    "hamstringblessure-graad-3": {
        "name": "Hamstring injury grade 3 (severe): from careful loading to sport",
        "description": "For a severe hamstring injury (a large tear). First a sports doctor or orthopaedic surgeon assesses the injury, with a scan if needed: when a tendon has torn away (avulsion), surgery may be needed. Then the same four phases, with much more time per phase and more sessions in a row. Based on exercising up to a pain limit of 4 out of 10 (Hickey et al. 2020) and the guideline for hamstring injuries (Martin et al. 2022).",
    },
    "tendinopathie": {
        "name": "Tendon pain at the sit bone: exercise programme in 4 phases",
        "description": "The exercise programme from the explanation of tendon pain at the sit bone. Expect at least 3 to 4 months, longer if the symptoms are worse.",
    },
}

_STRAIN_PHASES = {
    1: {
        "name": "Phase 1: careful loading",
        "aim": "Your hamstring gets used to load again. You tighten it without it getting shorter or longer (isometric), and you walk. It may hurt a little, but not more than 4 out of 10, the next morning too. These exercises are light: do them every day.",
    },
    2: {
        "name": "Phase 2: building strength",
        "aim": "Your hamstring gets stronger. First with exercises in which it gets shorter under load (concentric), then with exercises in which it gets longer under load (eccentric). The Nordic hamstring curl only comes at the end of this phase, when your physiotherapist agrees. Exercise every other day: your muscles need a day to recover.",
    },
    3: {
        "name": "Phase 3: building up running",
        "aim": "Step by step back to running: first easy jogging, then a tempo run at about 70 percent of your top speed, then changing direction. Only go a step further when the previous step stayed within 4 out of 10, the next morning too. Sprinting flat out comes in phase 4. Train every other day, and keep up the strength exercises.",
    },
    4: {
        "name": "Phase 4: back to your sport",
        "aim": "You sprint flat out again and you train the movements of your own sport, together with your physiotherapist or coach. Train 3 to 4 times a week. Only when your physiotherapist agrees do you play matches again.",
    },
}

TEMPLATE_PHASE = {
    **{f"hamstringblessure-graad-{grade}/{n}": text for grade in (1, 2, 3) for n, text in _STRAIN_PHASES.items()},
    "tendinopathie/1": {
        "name": "Phase 1: holding",
        "aim": "Exercises in which the hamstring does not get shorter (isometric). This puts little pressure on the tendon at the sit bone, and it gets used to load again.",
    },
    "tendinopathie/2": {
        "name": "Phase 2: getting shorter under load",
        "aim": "Exercises in which the hamstring gets shorter while it works (concentric).",
    },
    "tendinopathie/3": {
        "name": "Phase 3: heavier, and getting longer under load",
        "aim": "The exercises from phase 2 get heavier. Added to them are exercises in which the hamstring gets longer while it works (eccentric).",
    },
    "tendinopathie/4": {
        "name": "Phase 4: faster and towards sport",
        "aim": "Besides the calm exercises, fast exercises and jumps are added (dynamic), so that you can play sport again and take more load.",
    },
}

# A template prescription's note, by its Dutch text (the notes repeat across templates).
PRESCRIPTION_NOTE = {
    "10 keer ongeveer 100 meter, met een korte pauze ertussen. Begin rustig, eindig stevig.": "10 times about 100 metres, with a short break in between. Start easy, finish brisk.",
    "4 keer 30 tot 40 meter per set. Eerst op 80 tot 90 procent, daarna voluit.": "4 times 30 to 40 metres per set. First at 80 to 90 percent, then flat out.",
    "5 keer ongeveer 60 meter per set; wandel terug als rust.": "5 times about 60 metres per set; walk back to rest.",
    "Andere been in de lucht.": "Other leg in the air.",
    "Beide voeten op de grond.": "Both feet on the floor.",
    "Blijf deze oefening doen, ook na je herstel.": "Keep doing this exercise, also after you have recovered.",
    "Druk zo hard dat de pijn hoogstens 4 op 10 is.": "Press so hard that the pain is at most 4 out of 10.",
    "Eerst zonder gewicht.": "Without weight at first.",
    "Elastiek vóór je vastgemaakt, of het apparaat.": "Band fixed in front of you, or the machine.",
    "Knieën tot ongeveer 45 graden.": "Knees to about 45 degrees.",
    "Met of zonder een licht gewicht in de handen.": "With or without a light weight in your hands.",
    "Pas aan het eind van deze fase, als je fysiotherapeut het goedvindt. Zak alleen zo ver als je kunt afremmen.": "Only at the end of this phase, when your physiotherapist agrees. Only lower yourself as far as you can control.",
    "Pas als de tempoloop binnen 4 op 10 bleef. Begin met ruime bochten.": "Only when the tempo run stayed within 4 out of 10. Start with wide turns.",
    "Pas als joggen binnen 4 op 10 bleef. 5 keer ongeveer 60 meter per set.": "Only when jogging stayed within 4 out of 10. 5 times about 60 metres per set.",
    "Samen met je fysiotherapeut of trainer gekozen.": "Chosen together with your physiotherapist or coach.",
    "Voorste knie tot 90 graden.": "Front knee to 90 degrees.",
    "Weerstand om de enkel.": "Resistance around the ankle.",
    "Zak alleen zo ver als je kunt afremmen.": "Only lower yourself as far as you can control.",
}


FIELDS = {
    "Exercise": ("name", "trains", "instructions", "common_mistakes", "illustration_alt"),
    "PlanTemplate": ("name", "description"),
    "TemplatePhase": ("name", "aim"),
    "TemplatePrescription": ("note",),
}

KEYS = {
    "Exercise": lambda o: EXERCISE.get(o.slug, {}),
    "PlanTemplate": lambda o: PLAN_TEMPLATE.get(o.slug, {}),
    "TemplatePhase": lambda o: TEMPLATE_PHASE.get(f"{o.template.slug}/{o.number}", {}),
    "TemplatePrescription": lambda o: {"note": PRESCRIPTION_NOTE.get(o.note, "")},
}


def forwards(apps, schema_editor):
    for model_name, fields in FIELDS.items():
        model = apps.get_model("rehab", model_name)
        for obj in model.objects.all():
            texts = KEYS[model_name](obj)
            for field in fields:
                setattr(obj, f"{field}_nl", getattr(obj, field))
                setattr(obj, f"{field}_en", texts.get(field, ""))
            obj.save(update_fields=[f"{f}_{lang}" for f in fields for lang in ("nl", "en")])


class Migration(migrations.Migration):
    dependencies = [("rehab", "0013_content_languages")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
