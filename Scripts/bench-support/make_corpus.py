#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of news-like stories for Scripts/bench.

Each story is about 600 words: a headline, a dateline, paragraphs of varied vocabulary, named people
with titles, places, quotes with attributions ("X said", "said X", "according to X"), embedded posts,
outlet citations and dates over several years, from a few dozen outlets. The same seed and size always
give the same files.

Usage: make_corpus.py COUNT OUT_DIR [--per-file N] [--seed S]
Writes OUT_DIR/stories-NNNN.jsonl (Morgue's input), OUT_DIR/extract.jsonl ({"id","text"} for
`morgue extract`), and OUT_DIR/baseline-NNNN.json (JSON arrays for the sqlite3 baseline).
"""
import argparse
import bisect
import datetime
import json
import os
import random

FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Carlos", "Fatima", "John", "Elena", "Kwame", "Priya",
         "Lars", "Sofia", "Omar", "Yuki", "Hannah", "Diego", "Amara", "Ivan", "Grace", "Tomás", "Leila",
         "Peter", "Nadia", "Samuel", "Ines", "Rafael", "Chloe", "Ahmed", "Ruth"]
LAST = ["Okafor", "Schmidt", "Haddad", "Chen", "Petrova", "Alvarez", "Nakamura", "Brennan", "Rossi",
        "Mensah", "Kapoor", "Lindqvist", "Moreau", "Farouk", "Tanaka", "Weiss", "Castillo", "Diallo",
        "Volkov", "Adeyemi", "Navarro", "Karimi", "Novak", "Hassan", "Oduya", "Ferreira", "Duarte",
        "Laurent", "Mahmoud", "Abrams"]
TITLES = ["Mayor", "Senator", "Governor", "Foreign Minister", "Defense Secretary", "Police Chief",
          "Health Minister", "Prime Minister", "Judge", "Professor", "Ambassador", "Commissioner"]
ROLES = ["a spokesperson for the ministry", "the city's mayor", "a local shopkeeper", "the union leader",
         "an economist at the central bank", "a senior official", "the company's chief executive"]
PLACES = ["Baghdad", "Paris", "Nairobi", "Lagos", "Berlin", "Madrid", "Valencia", "Chicago", "Houston",
          "Mumbai", "Jakarta", "Lima", "Toronto", "Sydney", "Cairo", "Istanbul", "Kyiv", "Warsaw",
          "Manila", "Seoul", "Osaka", "Denver", "Boston", "Accra", "Quito", "Lisbon", "Dublin", "Oslo"]
COUNTRIES = ["Iraq", "France", "Kenya", "Nigeria", "Germany", "Spain", "Canada", "India", "Brazil",
             "Japan", "Egypt", "Turkey", "Ukraine", "Poland", "Peru", "Ghana", "Norway", "Mexico"]
OUTLETS = ["Reuters", "Associated Press", "BBC", "CNN", "New York Times", "Washington Post", "Al Jazeera",
           "Guardian", "Le Monde", "El País", "Bloomberg", "NPR", "Politico", "Fox News", "AFP",
           "Deutsche Welle", "Financial Times", "Wall Street Journal", "USA Today", "Times of India",
           "Globe and Mail", "Sydney Morning Herald", "Kyiv Independent", "Rudaw", "Arab News",
           "Nikkei", "Daily Nation", "Punch", "Haaretz", "Der Spiegel", "Corriere della Sera", "ABC News"]
TOPICS = ["budget", "election", "flood", "strike", "trial", "ceasefire", "vaccine", "pipeline", "drought",
          "protest", "merger", "earthquake", "summit", "tariff", "wildfire", "curfew", "outbreak", "heatwave"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "explained", "argued", "wrote", "noted"]
WORDS = ("officials council residents government agency report plan policy funding schools hospitals "
         "roads bridge harbour market prices workers families farmers police court ministry committee "
         "investigation evidence witnesses region province district border airport railway station "
         "energy water electricity emergency shelter volunteers donors budget deficit inflation wages "
         "contract negotiations talks agreement deadline vote majority opposition coalition campaign "
         "supporters critics analysts data figures survey record decline increase damage losses repairs "
         "schedule delays closures reopening recovery aid convoy supplies medicine doctors patients").split()

SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
             "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu").split()
FUNCTION_WORDS = "the of and to in a that for on with as by at from was is were has had will".split()

def vocabulary(size, seed):
    """News vocabulary: the common words above, then invented words, ranked for a Zipf draw."""
    rng = random.Random(seed)
    words, seen = list(WORDS), set(WORDS)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 5)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    rng.shuffle(words)
    return words

VOCABULARY = vocabulary(30000, 7)
# Zipf's law, exponent 1: the cumulative weights of ranks 1..N.
CUMULATIVE = []
_total = 0.0
for _rank in range(1, len(VOCABULARY) + 1):
    _total += 1.0 / _rank
    CUMULATIVE.append(_total)

def word(rng):
    if rng.random() < 0.4:
        return rng.choice(FUNCTION_WORDS)
    return VOCABULARY[bisect.bisect_left(CUMULATIVE, rng.random() * _total)]

def sentence(rng, n):
    words = [word(rng) for _ in range(n)]
    return " ".join(words).capitalize() + "."

def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

def story(rng, index, start):
    day = start + datetime.timedelta(days=rng.randrange(0, 5 * 365))
    place, country, topic = rng.choice(PLACES), rng.choice(COUNTRIES), rng.choice(TOPICS)
    outlet, cited = rng.choice(OUTLETS), rng.choice(OUTLETS)
    speaker, title = person(rng), rng.choice(TITLES)
    second, role = person(rng), rng.choice(ROLES)
    paragraphs = [f"{place.upper()} — The {topic} in {place} dominated the week, {cited} reports, as "
                  f"{title} {speaker} met officials from {country} on {day.strftime('%A')}."]
    while sum(len(p.split()) for p in paragraphs) < 560:
        kind = rng.randrange(7)
        if kind == 0:
            paragraphs.append(f"“{sentence(rng, rng.randrange(8, 20))[:-1]},” {speaker.split()[1]} "
                              f"{rng.choice(VERBS)}. {sentence(rng, rng.randrange(10, 25))}")
        elif kind == 1:
            paragraphs.append(f"{second}, {role}, said: “{sentence(rng, rng.randrange(8, 22))}”")
        elif kind == 2:
            paragraphs.append(f"According to {rng.choice(OUTLETS)}, {sentence(rng, rng.randrange(12, 30)).lower()}")
        elif kind == 3:
            handle = "".join(speaker.split())
            paragraphs.append(f"{sentence(rng, rng.randrange(8, 18))} — {speaker} (@{handle}) "
                              f"{day.strftime('%B')} {day.day}, {day.year}")
        else:
            paragraphs.append(" ".join(sentence(rng, rng.randrange(10, 26)) for _ in range(rng.randrange(2, 5))))
    return {
        "url": f"https://bench.example/{day.year}/{index:07d}",
        "title": f"{topic.capitalize()} in {place}: {title} {speaker.split()[1]} meets {country} officials",
        "outlet": outlet,
        "byline": person(rng),
        "date": day.isoformat(),
        "text": "\n\n".join(paragraphs),
    }

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--per-file", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1893)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    start = datetime.date(2019, 1, 1)
    stories_file = baseline_file = None
    baseline_rows = []
    with open(os.path.join(args.out, "extract.jsonl"), "w", encoding="utf-8") as extract:
        for index in range(args.count):
            if index % args.per_file == 0:
                if stories_file:
                    stories_file.close()
                number = index // args.per_file
                stories_file = open(os.path.join(args.out, f"stories-{number:04d}.jsonl"), "w", encoding="utf-8")
                if baseline_rows:
                    with open(os.path.join(args.out, f"baseline-{number - 1:04d}.json"), "w", encoding="utf-8") as out:
                        json.dump(baseline_rows, out, ensure_ascii=False)
                    baseline_rows = []
            item = story(rng, index, start)
            stories_file.write(json.dumps(item, ensure_ascii=False) + "\n")
            extract.write(json.dumps({"id": str(index), "text": item["text"]}, ensure_ascii=False) + "\n")
            baseline_rows.append({"title": item["title"], "body": item["text"]})
    if stories_file:
        stories_file.close()
    if baseline_rows:
        with open(os.path.join(args.out, f"baseline-{(args.count - 1) // args.per_file:04d}.json"), "w",
                  encoding="utf-8") as out:
            json.dump(baseline_rows, out, ensure_ascii=False)

if __name__ == "__main__":
    main()
