#!/usr/bin/env python3
"""Writes the synthetic corpus: testimonies/NNN.json, truth.json, coder-ana.csv,
coder-beto.csv and adjudication.csv. Everything is fictional and deterministic (fixed
seed): run it again and the same bytes come out. Standard library only."""
import csv
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260707)

COUNTRY_NAMES = {
    "VE": "Venezuela", "BR": "Brasil", "BO": "Bolivia", "MX": "México", "AO": "Angola",
    "EC": "Ecuador", "GT": "Guatemala", "HN": "Honduras", "DZ": "Argelia", "QA": "Qatar",
    "SA": "Arabia Saudita", "BS": "Bahamas", "IT": "Italia", "TZ": "Tanzania",
}

# (country, sector) of each testimony, in file order: 14 countries, 8 sectors.
CASES = [
    ("VE", "medicine"), ("BR", "medicine"), ("BO", "nursing"), ("MX", "sport"), ("AO", "construction"),
    ("VE", "education"), ("BS", "maritime"), ("EC", "medicine"), ("GT", "medicine"), ("QA", "nursing"),
    ("VE", "medicine"), ("BR", "medicine"), ("DZ", "construction"), ("HN", "nursing"), ("SA", "medicine"),
    ("IT", "maritime"), ("BO", "medicine"), ("VE", "culture"), ("MX", "medicine"), ("AO", "medicine"),
    ("BR", "nursing"), ("TZ", "health_other"), ("VE", "sport"), ("EC", "education"), ("BS", "maritime"),
    ("BO", "education"), ("QA", "construction"), ("VE", "medicine"), ("BR", "medicine"), ("GT", "nursing"),
    ("MX", "culture"), ("AO", "education"), ("DZ", "medicine"), ("SA", "nursing"), ("VE", "nursing"),
    ("BR", "health_other"), ("HN", "medicine"), ("BO", "medicine"), ("EC", "medicine"), ("BS", "maritime"),
    ("VE", "education"), ("MX", "sport"), ("AO", "construction"), ("IT", "maritime"), ("BR", "medicine"),
    ("QA", "medicine"), ("VE", "medicine"), ("BO", "culture"), ("DZ", "construction"), ("GT", "education"),
    ("SA", "health_other"), ("MX", "medicine"), ("BR", "education"), ("HN", "nursing"), ("TZ", "medicine"),
    ("VE", "culture"), ("AO", "maritime"), ("BO", "sport"), ("EC", "nursing"), ("BR", "medicine"),
]

PROFESSIONS = {
    "medicine": ["médico general", "médica de familia", "cirujano", "pediatra", "anestesiólogo"],
    "nursing": ["enfermera", "enfermero intensivista", "enfermera obstétrica"],
    "health_other": ["técnico de laboratorio", "estomatóloga", "fisioterapeuta"],
    "construction": ["albañil", "ingeniero civil", "electricista"],
    "maritime": ["marinero", "cocinero de crucero", "camarera de crucero", "mecánico naval"],
    "education": ["maestra de primaria", "profesor de matemáticas", "alfabetizadora"],
    "culture": ["instructor de danza", "músico", "instructora de artes plásticas"],
    "sport": ["entrenador de boxeo", "entrenadora de voleibol", "preparador físico"],
}

EMPLOYERS = {
    "medicine": ["csmc", "uccm", "henry_reeve"], "nursing": ["csmc", "uccm"], "health_other": ["csmc", "uccm"],
    "construction": ["other_state", "dont_know"], "maritime": ["selecmar"], "education": ["other_state", "dont_know"],
    "culture": ["other_state"], "sport": ["cubadeportes"],
}

EMPLOYER_TEXT = {
    "csmc": "la Comercializadora de Servicios Médicos", "uccm": "la Unidad Central de Cooperación Médica",
    "henry_reeve": "la brigada Henry Reeve", "cubadeportes": "Cubadeportes", "selecmar": "Selecmar",
    "other_state": "una empresa del Estado", "dont_know": "una entidad que nunca supe bien cuál era",
}

ILO = ["ilo.abuse_of_vulnerability", "ilo.deception", "ilo.restriction_of_movement", "ilo.isolation",
       "ilo.physical_sexual_violence", "ilo.intimidation_threats", "ilo.retention_of_documents",
       "ilo.withholding_of_wages", "ilo.debt_bondage", "ilo.abusive_conditions", "ilo.excessive_overtime"]
ACTS = ["palermo.act.recruitment", "palermo.act.transportation", "palermo.act.transfer",
        "palermo.act.harbouring", "palermo.act.receipt"]
MEANS = ["palermo.means.threat_or_force", "palermo.means.coercion", "palermo.means.abduction",
         "palermo.means.fraud", "palermo.means.deception", "palermo.means.abuse_of_power_or_vulnerability",
         "palermo.means.payments_to_controller"]
PURPOSES = ["palermo.purpose.forced_labour", "palermo.purpose.slavery_or_similar", "palermo.purpose.servitude"]

# Probability that a testimony shows each code (before the rules tying codes to answers).
LIKELIHOOD = {
    "ilo.abuse_of_vulnerability": 0.35, "ilo.deception": 0.55, "ilo.restriction_of_movement": 0.75,
    "ilo.isolation": 0.6, "ilo.physical_sexual_violence": 0.1, "ilo.debt_bondage": 0.1,
    "ilo.abusive_conditions": 0.45, "palermo.act.recruitment": 0.8, "palermo.act.transportation": 0.45,
    "palermo.act.transfer": 0.1, "palermo.act.harbouring": 0.35, "palermo.act.receipt": 0.25,
    "palermo.means.threat_or_force": 0.3, "palermo.means.coercion": 0.55, "palermo.means.abduction": 0.03,
    "palermo.means.fraud": 0.25, "palermo.means.abuse_of_power_or_vulnerability": 0.35,
    "palermo.means.payments_to_controller": 0.06, "palermo.purpose.forced_labour": 0.65,
    "palermo.purpose.slavery_or_similar": 0.08, "palermo.purpose.servitude": 0.12,
}

# The planted phrases: each code present in a testimony gets one of these sentences.
PHRASES = {
    "ilo.abuse_of_vulnerability": [
        "Sabían que mi madre estaba enferma en Cuba y que yo no podía decir que no: usaron eso para que aceptara.",
        "Aprovecharon que yo tenía un hijo pequeño y ninguna otra forma de ganar dinero.",
        "Escogían a los que teníamos más necesidad, porque sabían que no íbamos a protestar."],
    "ilo.deception": [
        "Me dijeron que iba a ganar un buen salario y a trabajar en un hospital moderno, y nada de eso era verdad.",
        "El contrato que me enseñaron en La Habana no era el que firmé al llegar; las condiciones prometidas nunca existieron.",
        "Nos prometieron que podríamos traer a la familia después de un año, y era mentira."],
    "ilo.restriction_of_movement": [
        "No podíamos salir de la ciudad sin un permiso escrito del jefe de la misión, y después de las seis de la tarde había toque de queda.",
        "Para ir a cualquier sitio había que pedir permiso y nunca salir solos, siempre en parejas.",
        "Nos prohibieron movernos del municipio; a quien viajaba sin autorización lo sancionaban."],
    "ilo.isolation": [
        "Nos prohibieron tener amistad con la gente del lugar y hablar con la prensa.",
        "Vivíamos aislados, sin teléfono propio, y las visitas estaban prohibidas en la residencia.",
        "No nos dejaban relacionarnos con los vecinos; a quien se casaba con alguien del país lo expulsaban."],
    "ilo.physical_sexual_violence": [
        "Una compañera fue acosada sexualmente por un jefe y, cuando lo denunció, la castigaron a ella.",
        "El coordinador me empujó contra la pared y me golpeó cuando le reclamé mi dinero."],
    "ilo.intimidation_threats": [
        "Me amenazaron con que, si abandonaba la misión, mi familia pagaría las consecuencias.",
        "En las reuniones nos recordaban que la Seguridad del Estado vigilaba a nuestras familias en Cuba.",
        "Me advirtieron que, si hablaba con alguien de fuera, me mandaban de vuelta y lo perdería todo."],
    "ilo.retention_of_documents": [
        "Al llegar al aeropuerto el coordinador recogió todos los pasaportes y no nos los devolvió hasta el final.",
        "Nunca tuve mi pasaporte en la mano: lo guardaba la embajada «por seguridad».",
        "Nos quitaron el pasaporte y el carné de identidad el primer día."],
    "ilo.withholding_of_wages": [
        "El Estado se quedaba con el {pay} % de lo que pagaba el país; a mí me llegaba solo el resto.",
        "Me retenían el {pay} % del salario; una parte iba a una cuenta en Cuba que no podía tocar.",
        "De cada pago nos quitaban el {pay} %, y lo congelado en Cuba se perdía si uno desertaba."],
    "ilo.debt_bondage": [
        "Me hicieron firmar que debía el pasaje y el alojamiento, y me lo descontaban cada mes sin que la deuda bajara nunca.",
        "Nos decían que teníamos una deuda con el Estado por nuestra formación y que debíamos pagarla trabajando."],
    "ilo.abusive_conditions": [
        "Dormíamos seis personas en un cuarto sin ventilación, y a veces no había agua ni comida suficiente.",
        "La vivienda era insalubre, con ratas y sin luz, en una zona muy peligrosa.",
        "Trabajábamos sin equipos de protección y enfermé varias veces sin recibir atención."],
    "ilo.excessive_overtime": [
        "Trabajaba más de setenta horas a la semana, con guardias casi todas las noches y sin días libres.",
        "Los turnos eran de doce a catorce horas, siete días a la semana, sin pago extra.",
        "Nos exigían metas de trabajo imposibles, aunque eso significara trabajar hasta la madrugada."],
    "palermo.act.recruitment": [
        "Me captaron en mi centro de trabajo: el director me dijo que había sido «seleccionado» y que negarse tendría consecuencias.",
        "Me reclutaron a través del sindicato con la promesa de una misión corta.",
        "La entidad me llamó y me inscribió en la lista de la misión casi sin consultarme."],
    "palermo.act.transportation": [
        "Nos llevaron en un vuelo fletado, sin decirnos el destino final hasta el último momento.",
        "Nos trasladaron en grupo, custodiados por un funcionario, desde La Habana hasta el lugar de trabajo."],
    "palermo.act.transfer": [
        "A mitad de la misión me cedieron a otra institución, como si yo fuera una mercancía.",
        "Nos pasaban de un centro a otro según las necesidades del convenio, sin preguntarnos."],
    "palermo.act.harbouring": [
        "Nos alojaron en una casa controlada por la misión, de la que no podíamos mudarnos.",
        "Vivíamos en un albergue de la brigada, con un jefe que dormía allí y lo controlaba todo."],
    "palermo.act.receipt": [
        "Al llegar nos recibió el jefe de la brigada, que se quedó con la documentación y nos asignó el trabajo.",
        "A la llegada nos esperaba un representante de la empresa que nos recibió y nos repartió por los centros."],
    "palermo.means.threat_or_force": [
        "Cuando quise renunciar me dijeron que me sacarían por la fuerza si hacía falta.",
        "Nos amenazaban abiertamente con la policía si no obedecíamos."],
    "palermo.means.coercion": [
        "Nos obligaban a asistir a reuniones políticas y a informar sobre los compañeros.",
        "Si no aceptabas las condiciones te quitaban la posibilidad de viajar nunca más; no era una elección libre."],
    "palermo.means.abduction": [
        "Una madrugada me sacaron de la residencia, me subieron a un carro sin explicaciones y me llevaron a otra provincia."],
    "palermo.means.fraud": [
        "Las nóminas que firmábamos decían una cantidad y recibíamos otra; falsificaban los registros de pago.",
        "Registraban servicios que nunca hicimos para cobrarle más al país."],
    "palermo.means.deception": [
        "Nos engañaron sobre el tipo de trabajo y el lugar: nada era como nos habían dicho.",
        "Todo lo que nos contaron antes de salir resultó falso."],
    "palermo.means.abuse_of_power_or_vulnerability": [
        "El jefe de la misión usaba su poder sobre nosotros: decidía quién podía llamar a casa y quién volvía de vacaciones.",
        "Sabían que dependíamos de ellos para todo, y abusaban de esa posición."],
    "palermo.means.payments_to_controller": [
        "El país pagaba directamente a la empresa cubana por cada uno de nosotros, y ella decidía qué nos daba.",
        "Supe que el gobierno de allí pagaba a la entidad cubana una cantidad fija por cada colaborador."],
    "palermo.purpose.forced_labour": [
        "Trabajábamos bajo amenaza, sin poder irnos: era trabajo forzoso.",
        "No era un trabajo voluntario: si parabas, te castigaban."],
    "palermo.purpose.slavery_or_similar": [
        "Nos trataban como propiedad, como esclavos del Estado.",
        "Un compañero decía que aquello era esclavitud moderna, y tenía razón."],
    "palermo.purpose.servitude": [
        "Además tenía que limpiar y cocinar para el jefe y su familia, sin horario ni pago.",
        "Vivíamos en servidumbre: no había vida fuera del trabajo y de la voluntad del jefe."],
}

# The retention phrase names whoever held the passport, as the answers say.
PASSPORT_PHRASES = {
    "mission_coordinator": "Al llegar, el coordinador recogió todos los pasaportes y no nos los devolvió hasta el final.",
    "embassy": "Nunca tuve mi pasaporte en la mano: lo guardaba la embajada «por seguridad».",
    "host_institution": "La institución donde trabajaba se quedó con mi pasaporte y mi carné de identidad el primer día.",
}

FILLERS = [
    "La gente del lugar siempre fue amable conmigo.",
    "Aprendí mucho del país y de su cultura.",
    "El clima era muy duro al principio, pero me acostumbré.",
    "Extrañaba mucho a mis hijos y a mis padres.",
    "Escribo esto para que se conozca lo que vivimos.",
    "Todavía me cuesta hablar de aquellos años.",
    "Mis compañeros eran buenas personas y nos ayudábamos como podíamos.",
    "Guardo algunas fotos de esa época, pero prefiero no mirarlas.",
]

CLOSINGS = {
    "completed": "Terminé la misión y volví a Cuba.",
    "left_stayed": "Al final abandoné la misión y me quedé en el país.",
    "left_elsewhere": "Salí de la misión y crucé a otro país.",
    "sent_back": "Me enviaron de vuelta a Cuba antes de tiempo.",
}

# Fictional people (the surnames say so) and identifier-like strings for the evidence checker.
FICTIONAL_NAMES = ["Anselmo Ficticio Prueba", "Maricela Inventada Ruiz", "Rolando Supuesto Paz", "Dulce Imaginaria Soto"]
PLANTED_IDENTIFIERS = {
    4: ("phone", "Si alguien quiere confirmarlo, mi antiguo número era +58 412 555 0134."),
    9: ("email", "Escribí a quejas.mision@example.org y nunca me respondieron."),
    14: ("date", "Todo empezó el 14 de marzo de 2013, el día que llegamos."),
    20: ("id", "Mi pasaporte era el número K4471209 y nunca lo volví a ver."),
    26: ("phone", "Llamaba a mi casa al 5 355 0199 una vez al mes."),
    33: ("date", "La reunión fue el 03/11/2016 y allí nos amenazaron."),
    38: ("id", "En el carné ponía 85010112345, y me lo quitaron."),
    45: ("email", "Mi correo de entonces era colaborador.ficticio@example.com."),
    52: ("date", "Salí el 22 de julio de 2019 sin decir nada a nadie."),
}


def choose_codes(number, answers):
    codes = set()
    for code, p in LIKELIHOOD.items():
        if rng.random() < p:
            codes.add(code)
    codes.add("ilo.withholding_of_wages")  # every case: pay withheld 50-97 %
    if answers["passport_held_by"] != "myself":
        codes.add("ilo.retention_of_documents")
    if answers["threats_against_family"] or rng.random() < 0.3:
        codes.add("ilo.intimidation_threats")
    if answers["hours_per_week"] > 60:
        codes.add("ilo.excessive_overtime")
    if "ilo.deception" in codes and rng.random() < 0.6:
        codes.add("palermo.means.deception")
    # Make sure rare codes occur at least once so every code has something to agree on.
    forced = {7: "palermo.means.abduction", 11: "palermo.means.payments_to_controller",
              18: "palermo.act.transfer", 23: "palermo.purpose.slavery_or_similar", 29: "ilo.debt_bondage",
              36: "ilo.physical_sexual_violence"}
    if number in forced:
        codes.add(forced[number])
    # A few cases deliberately fall short of the Palermo definition (no purpose, or no means).
    if number in (2, 13, 25, 37, 49, 58):
        codes -= set(PURPOSES)
    if number in (6, 31, 44):
        codes -= set(MEANS)
    return codes


# Mission start years: every year 2008-2023, most missions in the middle years.
START_YEAR_COUNTS = {2008: 2, 2009: 2, 2010: 3, 2011: 2, 2012: 3, 2013: 6, 2014: 5, 2015: 7,
                     2016: 6, 2017: 5, 2018: 4, 2019: 3, 2020: 2, 2021: 4, 2022: 3, 2023: 3}
START_YEARS = [year for year, count in START_YEAR_COUNTS.items() for _ in range(count)]
rng.shuffle(START_YEARS)


def answers_for(number, country, sector):
    start = START_YEARS[number - 1]
    end = min(start + rng.randint(1, 4), 2024)
    left = rng.choice(["completed", "completed", "left_stayed", "left_elsewhere", "sent_back"])
    if country == "BS" and number == 7:
        pay = 92  # "in one case in the Bahamas, 92 % withheld"
    else:
        pay = rng.choice([50, 55, 60, 65, 70, 75, 75, 80, 80, 85, 85, 90, 90, 95, 97]) if rng.random() < 0.7 else rng.randint(50, 97)
    passport = rng.choice(["mission_coordinator", "mission_coordinator", "embassy", "host_institution", "myself"])
    threatened = rng.random() < 0.5
    ban = "banned" if left in ("left_stayed", "left_elsewhere") and rng.random() < 0.7 else rng.choice(["no", "dont_know", "threatened"])
    hours = rng.choice([40, 48, 56, 60, 64, 72, 80, 84])
    a = {
        "mission_country": country,
        "mission_start_year": start,
        "mission_end_year": end,
        "sector": sector,
        "profession": rng.choice(PROFESSIONS[sector]),
        "employer": rng.choice(EMPLOYERS[sector]),
        "contract_seen_before_leaving": rng.random() < 0.3,
        "contract_signed": rng.random() < 0.8,
        "contract_copy_kept": rng.random() < 0.2,
        "passport_held_by": passport,
        "pay_withheld_percent": pay,
        "pay_held_how": sorted(rng.sample(["frozen_account_cuba", "paid_on_return", "cash_abroad", "lost_if_left"], rng.randint(1, 3))),
        "hours_per_week": hours,
        "threats_against_family": threatened,
        "return_ban": ban,
        "left_mission": left,
        # Consent: statistics refused by 6 sources, quotes by 12.
        "consent_statistics": number not in (5, 17, 28, 39, 50, 57),
        "consent_quotes": number not in (3, 10, 17, 22, 28, 30, 35, 41, 46, 50, 54, 59),
        "consent_un_and_courts": rng.random() < 0.75,
    }
    if ban == "banned":
        a["return_ban_years"] = 8
    if threatened:
        a["family_reprisals"] = sorted(rng.sample(["state_security", "job_loss", "travel_denied", "public_shaming"], 2))
    if number % 4 == 0:
        a["mission_city"] = "la capital"
    return a


def narrative_for(number, a, codes):
    country = COUNTRY_NAMES[a["mission_country"]]
    parts = [f"Soy {a['profession']} y estuve en {country} entre {a['mission_start_year']} y {a['mission_end_year']}; "
             f"me envió {EMPLOYER_TEXT[a['employer']]}."]
    if number % 6 == 1:
        parts.append(f"Quien mandaba en la brigada era {FICTIONAL_NAMES[(number // 6) % len(FICTIONAL_NAMES)]}.")
    for code in ILO + ACTS + MEANS + PURPOSES:
        if code in codes:
            phrase = rng.choice(PHRASES[code])
            if code == "ilo.retention_of_documents":
                phrase = PASSPORT_PHRASES[a["passport_held_by"]]
            parts.append(phrase.format(pay=a["pay_withheld_percent"]))
    if number in PLANTED_IDENTIFIERS:
        parts.append(PLANTED_IDENTIFIERS[number][1])
    fillers = rng.sample(FILLERS, len(FILLERS))
    while len(" ".join(parts).split()) < 130:
        parts.append(fillers.pop())
    parts.append(CLOSINGS[a["left_mission"]])
    if a["return_ban"] == "banned":
        parts.append("Ahora tengo prohibida la entrada a Cuba por ocho años.")
    return " ".join(parts)


def attributes(a):
    """What a coder confirms from the answers; a "don't know" answer gives no value."""
    values = {
        "attr.host_country": a["mission_country"],
        "attr.sector": a["sector"],
        "attr.profession": a["profession"],
        "attr.mission_years": f"{a['mission_start_year']}-{a['mission_end_year']}",
        "attr.employer": a["employer"],
        "attr.pay_withheld_percent": str(a["pay_withheld_percent"]),
        "attr.passport_retained": "no" if a["passport_held_by"] == "myself" else "yes",
        "attr.family_threatened": "yes" if a["threats_against_family"] else "no",
        # Barred means an actual ban; a threatened ban is intimidation, not (yet) a bar.
        "attr.barred_from_returning": "yes" if a["return_ban"] == "banned" else "no",
        "attr.left_mission": "yes" if a["left_mission"] in ("left_stayed", "left_elsewhere") else "no",
    }
    if a["employer"] == "dont_know":
        del values["attr.employer"]
    if a["return_ban"] == "dont_know":
        del values["attr.barred_from_returning"]
    return values


QUESTION_ORDER = [
    "mission_country", "mission_country_other", "mission_city", "mission_start_year", "mission_end_year",
    "sector", "profession", "employer", "employer_other", "contract_seen_before_leaving", "contract_signed",
    "contract_copy_kept", "passport_held_by", "pay_withheld_percent", "pay_held_how", "hours_per_week",
    "surveillance", "movement_restrictions", "relationship_restrictions", "threats_against_family",
    "family_reprisals", "return_ban", "return_ban_years", "left_mission", "narrative", "consent_statistics",
    "consent_quotes", "consent_un_and_courts"]

# Beto's deliberate departures from the truth (Ana): documented in README.md.
BETO_MISSES = [(3, "ilo.isolation"), (8, "ilo.deception"), (18, "ilo.abusive_conditions"),
               (27, "ilo.excessive_overtime"), (27, "palermo.act.harbouring"), (33, "ilo.withholding_of_wages"),
               (41, "palermo.means.coercion"), (53, "ilo.intimidation_threats")]
BETO_ADDS = [(5, "ilo.debt_bondage"), (12, "ilo.physical_sexual_violence"), (19, "palermo.purpose.servitude"),
             (37, "ilo.abuse_of_vulnerability"), (46, "palermo.means.fraud")]
BETO_PAY = {10: "+5", 24: "-10", 38: "+2", 44: None}  # None: Beto gives no percent (missing value)
BETO_ATTRS = [(36, "attr.left_mission")]  # Beto flips yes/no
# Adjudication: the truth wins, except these two decisions that side with Beto.
SIDE_WITH_BETO = {(37, "ilo.abuse_of_vulnerability"), (24, "attr.pay_withheld_percent")}


def main():
    truth = []
    for index, (country, sector) in enumerate(CASES):
        number = index + 1
        a = answers_for(number, country, sector)
        codes = choose_codes(number, a)
        if "ilo.restriction_of_movement" in codes:
            a["movement_restrictions"] = sorted(rng.sample(["curfew", "leave_city_permission", "not_alone"], 2))
        if "ilo.isolation" in codes:
            a["relationship_restrictions"] = sorted(rng.sample(["locals_forbidden", "locals_reported", "visitors_forbidden"], 2))
        if "palermo.means.coercion" in codes:
            a["surveillance"] = sorted(rng.sample(["minders", "report_on_colleagues", "phones_checked", "political_meetings"], 2))
        a["narrative"] = narrative_for(number, a, codes)
        document = {"questionnaire": "mission-testimony", "version": 1, "language": "es",
                    "answers": {q: a[q] for q in QUESTION_ORDER if q in a}, "attachments": []}
        with open(os.path.join(HERE, "testimonies", f"{number:03d}.json"), "w", encoding="utf-8") as f:
            json.dump(document, f, ensure_ascii=False, indent=2)
            f.write("\n")
        entry = {"unit": f"{number:03d}",
                 "codes": sorted(c for c in codes if c in ILO) + sorted(c for c in codes if c.startswith("palermo.")),
                 "attributes": attributes(a),
                 "consent": {"statistics": a["consent_statistics"], "quotes": a["consent_quotes"],
                             "un_and_courts": a["consent_un_and_courts"]},
                 "narrative_words": len(a["narrative"].split())}
        if number in PLANTED_IDENTIFIERS:
            kind, sentence = PLANTED_IDENTIFIERS[number]
            entry["planted_identifier"] = {"kind": kind, "sentence": sentence}
        if number % 6 == 1:
            entry["fictional_name"] = FICTIONAL_NAMES[(number // 6) % len(FICTIONAL_NAMES)]
        truth.append(entry)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"description": "What was planted in each testimony (see README.md).", "testimonies": truth},
                  f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_coders(truth)


ATTRIBUTES = ["attr.host_country", "attr.sector", "attr.profession", "attr.mission_years", "attr.employer",
              "attr.pay_withheld_percent", "attr.passport_retained", "attr.family_threatened",
              "attr.barred_from_returning", "attr.left_mission"]
ALL_CODES = ILO + ACTS + MEANS + PURPOSES + ATTRIBUTES


def rows_of(entry):
    rows = [(c, "") for c in entry["codes"]]
    rows += sorted(entry["attributes"].items())
    return rows


def table_rows(unit, coder, applied):
    """The full coding table of one coder and unit: every code, 1/0 for a presence code,
    the value or empty (missing) for an attribute, so `review agreement --input` reads it as is."""
    rows = []
    for code in ALL_CODES:
        if code.startswith("attr."):
            rows.append((unit, coder, code, applied.get(code, "")))
        else:
            rows.append((unit, coder, code, "1" if code in applied else "0"))
    return rows


def write_coders(truth):
    by_unit = {e["unit"]: e for e in truth}
    ana, beto, adjudication = [], [], []
    for e in truth:
        unit = e["unit"]
        number = int(unit)
        rows = rows_of(e)
        ana += table_rows(unit, "ana", dict(rows))
        beto_rows = dict(rows)
        for n, code in BETO_MISSES:
            if n == number:
                assert code in beto_rows, (n, code)
                del beto_rows[code]
                adjudication.append((unit, code, "1" if (n, code) not in SIDE_WITH_BETO else "0"))
        for n, code in BETO_ADDS:
            if n == number:
                assert code not in beto_rows, (n, code)
                beto_rows[code] = ""
                adjudication.append((unit, code, "1" if (n, code) in SIDE_WITH_BETO else "0"))
        if number in BETO_PAY:
            key = "attr.pay_withheld_percent"
            shift = BETO_PAY[number]
            truth_value = beto_rows.pop(key)
            if shift is not None:
                beto_rows[key] = str(int(truth_value) + int(shift))
            # A value only one coder gave is adjudicated too, so the final set never depends on that rule.
            adjudication.append((unit, key, beto_rows[key] if (number, key) in SIDE_WITH_BETO else truth_value))
        for n, code in BETO_ATTRS:
            if n == number:
                beto_rows[code] = "no" if beto_rows[code] == "yes" else "yes"
                adjudication.append((unit, code, by_unit[unit]["attributes"][code]))
        beto += table_rows(unit, "beto", beto_rows)
    write_csv("coder-ana.csv", ["unit", "coder", "code", "value"], ana)
    write_csv("coder-beto.csv", ["unit", "coder", "code", "value"], beto)
    write_csv("adjudication.csv", ["unit", "code", "value"], sorted(adjudication))


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


if __name__ == "__main__":
    main()
