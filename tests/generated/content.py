"""The texts real countries type, as pools a generated assessment draws from: the longest real
ministry and partner names in the six UN languages, web addresses, words with no space, mixed
scripts and right-to-left runs inside left-to-right text. Names are as their institutions publish
them (spelled out, with their acronyms), not invented."""
from __future__ import annotations

import random

LANGS = ("en", "fr", "es", "ar", "zh", "ru")

# Real institutions' full names, in the language a mission in that country writes them.
MINISTRIES = {
    "en": [
        "Ministry of Home Affairs, Department of Immigration and Citizenship Services, Directorate of Population Registration and Migration Statistics",
        "Ministry of Labour, Employment, Vocational Training and Social Dialogue, Directorate of Labour Migration and Overseas Employment",
        "Federal Ministry for Economic Cooperation and Development (BMZ)",
        "Kenya National Bureau of Statistics (KNBS), Directorate of Population and Social Statistics",
        "Philippine Statistics Authority, Civil Registration and Vital Statistics Service",
        "Ministry of Foreign Affairs, International Cooperation and Diaspora Affairs",
    ],
    "fr": [
        "Ministère de l'Intégration africaine, des Affaires étrangères et des Sénégalais de l'Extérieur, Direction générale des Sénégalais de l'Extérieur",
        "Agence nationale de la Statistique et de la Démographie (ANSD)",
        "Ministère de l'Intérieur, de la Sécurité publique, de la Décentralisation et du Développement local, Direction générale de la Police nationale",
        "Institut national de la statistique et des études économiques et démographiques (INSEED)",
    ],
    "es": [
        "Secretaría de Gobernación, Unidad de Política Migratoria, Registro e Identidad de Personas",
        "Instituto Nacional de Estadística y Geografía (INEGI), Dirección General de Estadísticas Sociodemográficas",
        "Ministerio de Relaciones Exteriores y Movilidad Humana, Viceministerio de Movilidad Humana",
    ],
    "ar": [
        "وزارة الداخلية والجماعات المحلية والتهيئة العمرانية، المديرية العامة للحريات العامة والشؤون القانونية",
        "الجهاز المركزي للتعبئة العامة والإحصاء",
        "وزارة الخارجية وشؤون المغتربين، إدارة الشؤون القنصلية وشؤون الجاليات في الخارج",
    ],
    "zh": [
        "中华人民共和国国家移民管理局出入境管理信息技术研究所",
        "国家统计局人口和就业统计司",
        "中华人民共和国外交部领事司海外中国公民权益保护处",
    ],
    "ru": [
        "Министерство внутренних дел Российской Федерации, Главное управление по вопросам миграции",
        "Национальный статистический комитет Кыргызской Республики, Управление статистики населения и миграции",
        "Министерство иностранных дел Республики Узбекистан, Консульско-правовой департамент",
    ],
}

# Institutions by the kind of S0 they are a row of, under the ministry they really sit under (issue
# 64: a migration authority sits under foreign affairs in Colombia, justice in Georgia and the
# Philippines, public security in Jordan and China, labour in Kyrgyzstan, the interior in Mexico),
# each as it publishes its name, in the language a mission in that country writes it.
INSTITUTIONS_UNDER = {
    "nso": {"en": ["National Statistics Office of Georgia (Geostat)", "Philippine Statistics Authority"],
            "fr": ["Agence nationale de la Statistique et de la Démographie (ANSD)"],
            "es": ["Departamento Administrativo Nacional de Estadística (DANE)", "Instituto Nacional de Estadística y Geografía (INEGI)"],
            "ar": ["دائرة الإحصاءات العامة", "الجهاز المركزي للتعبئة العامة والإحصاء"],
            "zh": ["国家统计局"],
            "ru": ["Национальная служба статистики Грузии (Геостат)", "Национальный статистический комитет Кыргызской Республики"]},
    "interior": {"en": ["Public Service Development Agency, Ministry of Justice of Georgia", "Bureau of Immigration, Department of Justice"],
                 "fr": ["Direction de la Police de l'Air et des Frontières, Direction générale de la Sûreté nationale"],
                 "es": ["Unidad Administrativa Especial Migración Colombia, adscrita al Ministerio de Relaciones Exteriores", "Instituto Nacional de Migración, Secretaría de Gobernación"],
                 "ar": ["مديرية الإقامة والحدود، مديرية الأمن العام", "مصلحة الجوازات والهجرة والجنسية، وزارة الداخلية"],
                 "zh": ["国家移民管理局（公安部管理）"],
                 "ru": ["Агентство развития государственных услуг Министерства юстиции Грузии", "Служба по миграции при Министерстве труда, социального обеспечения и миграции Кыргызской Республики"]},
    "foreign": {"en": ["Consular Department, Ministry of Foreign Affairs of Georgia"],
                "fr": ["Direction des Sénégalais de l'Extérieur, Ministère de l'Intégration africaine et des Affaires étrangères"],
                "es": ["Dirección de Asuntos Migratorios, Consulares y Servicio al Ciudadano, Cancillería"],
                "ar": ["وزارة الخارجية وشؤون المغتربين، مديرية الشؤون القنصلية"],
                "zh": ["外交部领事司"],
                "ru": ["Консульский департамент Министерства иностранных дел Грузии"]},
    "labour": {"en": ["Department of Migrant Workers"], "fr": ["Ministère du Travail, du Dialogue social et des Relations avec les Institutions"],
               "es": ["Ministerio del Trabajo"], "ar": ["وزارة العمل"], "zh": ["人力资源和社会保障部"],
               "ru": ["Министерство труда, социального обеспечения и миграции Кыргызской Республики"]},
    "central_bank": {"en": ["National Bank of Georgia"], "fr": ["Banque centrale des États de l'Afrique de l'Ouest (BCEAO)"],
                     "es": ["Banco de la República"], "ar": ["البنك المركزي الأردني"], "zh": ["中国人民银行"],
                     "ru": ["Национальный банк Грузии"]},
}

PARTNERS = [
    "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH, Programme for Migration and Displacement in West Africa",
    "European Union Emergency Trust Fund for Stability and Addressing Root Causes of Irregular Migration and Displaced Persons in Africa",
    "International Organization for Migration (IOM), Regional Office for West and Central Africa",
    "Office of the United Nations High Commissioner for Refugees (UNHCR)",
    "Organisation internationale pour les migrations (OIM), Bureau régional pour l'Afrique de l'Ouest et du Centre",
    "Programa de las Naciones Unidas para el Desarrollo (PNUD)",
    "المنظمة الدولية للهجرة، المكتب الإقليمي للشرق الأوسط وشمال أفريقيا",
    "联合国人口基金（人口基金）驻华代表处",
    "Международная организация по миграции (МОМ), Бюро в Центральной Азии",
]

URLS = [
    "https://www.statistics-office.example.gov/publications/migration/2026/register-integration-technical-annex-v3.pdf",
    "https://data.example.org/dataset/international-migrant-stock-by-country-of-birth-and-citizenship?format=csv&year=2024",
    "www.ansd.example.sn/ressources/publications/Rapport-definitif-RGPH5-migrations-internationales.pdf",
]

NO_SPACE = [
    "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt",
    "ЗАО«МеждународнаяМиграционнаяСтатистическаяСлужба»2026-2030",
    "Registro_Nacional_de_Población_y_Identificación_Personal_RENAPI_2026_v2",
    "0123456789" * 6,
]

MIXED = [
    "Ministry of Interior (وزارة الداخلية) migration unit",
    "国家统计局 (NBS) census 2020, 第七次全国人口普查",
    "Консульский департамент МИД (Consular Department) — 2 500 records",
    "Direction de la statistique (مديرية الإحصاء) et partenaires",
    "وزارة العمل (Ministry of Labour) و IOM",
]

# Arabic texts with English names in brackets, as a mission in Jordan writes them: the
# institution's, the survey's, the law's own English title beside the Arabic.
ARABIC_BRACKETED = [
    "دائرة الإحصاءات العامة (Department of Statistics)",
    "وزارة العمل، مديرية العمالة الوافدة (Ministry of Labour, Directorate of Migrant Workers)",
    "تُجري الدائرة مسح العمالة والبطالة (Employment and Unemployment Survey) كل ربع سنة.",
    "ينظم قانون الإقامة وشؤون الأجانب (No. 24 of 1973) دخول الأجانب وإقامتهم.",
    "تصاريح العمل الممنوحة للاجئين السوريين (permits, Jordan Compact 2016) تسجل في قاعدة بيانات الوزارة.",
    "وزارة العمل والحماية الاجتماعية (Ministry of Labour and Social Protection, Department of Employment)",
]

SENTENCES = {
    "en": "The border management information system records every entry and exit with the traveller's citizenship and country of residence.",
    "fr": "Le système d'information sur la gestion des frontières enregistre chaque entrée et sortie avec la nationalité du voyageur.",
    "es": "El sistema de información de gestión de fronteras registra cada entrada y salida con la nacionalidad del viajero.",
    "ar": "يسجل نظام معلومات إدارة الحدود كل دخول وخروج مع جنسية المسافر وبلد إقامته.",
    "zh": "边境管理信息系统记录每一次出入境及旅客的国籍和居住国。",
    "ru": "Информационная система управления границами фиксирует каждый въезд и выезд с гражданством путешественника.",
}


def pool(script_lang: str | None) -> list[str]:
    """Every text a field may draw from; ``script_lang`` keeps it to one language's own texts
    (for the checks that read the report for words of another language)."""
    if script_lang is not None:
        return MINISTRIES[script_lang] + [SENTENCES[script_lang]]
    return ([n for names in MINISTRIES.values() for n in names] + PARTNERS + URLS + NO_SPACE + MIXED
            + list(SENTENCES.values()))


def text(rng: random.Random, limit: int, profile: str, script_lang: str | None = None) -> str:
    """A text of at most ``limit`` characters: ``short`` (1 to 40), ``long`` (one or more real
    texts, up to a few hundred characters) or ``limit`` (real texts repeated up to the limit)."""
    texts = pool(script_lang)
    if profile == "short":
        t = rng.choice(texts)[: rng.randint(1, 40)].strip()
        return t or "X"
    if profile == "limit":
        out, length = [], 0
        while length < limit:
            out.append(rng.choice(texts))
            length += len(out[-1]) + 1
        return " ".join(out)[:limit].strip()
    out = [rng.choice(texts) for _ in range(rng.randint(1, 3))]
    return " ".join(out)[:limit].strip()


def name(rng: random.Random, limit: int, script_lang: str | None = None) -> str:
    """An institution's or partner's name: a real one, whole (cut at ``limit``)."""
    names = (MINISTRIES[script_lang] if script_lang else
             [n for names in MINISTRIES.values() for n in names] + PARTNERS + MIXED)
    return rng.choice(names)[:limit].strip()
