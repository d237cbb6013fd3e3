"""Demo timelines: interactions on every channel and two years of purchases.

These are the big tables (a million interactions for 100,000 customers), so
the rows come from generators that the loader streams into ``executemany``,
and the inner loops use only ``random()`` and precomputed text.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator, Sequence
from itertools import accumulate

from crm_desktop.demo import vocabulary as v
from crm_desktop.demo.clock import DAY, OPEN_AT, OPEN_FOR, Clock
from crm_desktop.demo.people import Person
from crm_desktop.domain import CHANNELS

INTERACTION_COLUMNS = (
    "id", "customer_id", "channel", "direction", "occurred_at", "subject", "body", "user_id",
    "created_at", "deleted_at",
)  # fmt: skip
PURCHASE_COLUMNS = (
    "id", "customer_id", "occurred_at", "amount_minor", "currency", "description", "reference",
    "created_at", "deleted_at",
)  # fmt: skip

TAKA_PER_DOLLAR = 120
REFUND_ODDS = 0.03


def spread(rng: random.Random, weights: Sequence[float], total: int) -> list[int]:
    """Deal ``total`` items out to len(weights) owners in proportion to their weights."""
    counts = [0] * len(weights)
    if total <= 0 or not weights:
        return counts
    cum = list(accumulate(weights))
    if cum[-1] <= 0:
        return counts
    for i in rng.choices(range(len(weights)), cum_weights=cum, k=total):
        counts[i] += 1
    return counts


def _moments(rng: random.Random, person: Person, count: int) -> list[int]:
    """``count`` sorted moments in shop hours between the customer's arrival and the anchor."""
    rnd = rng.random
    first_day = person.created // DAY  # negative
    days = -first_day
    out = []
    for _ in range(count):
        t = (first_day + int(rnd() * days)) * DAY + OPEN_AT + int(rnd() * OPEN_FOR)
        out.append(t if t > person.created else person.created + int(rnd() * 600) + 1)
    out.sort()
    return out


def _texts() -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """Every (language, channel, direction) -> the (subject, body) pairs to choose from."""
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for channel, by_direction in v.INTERACTION_TEXTS.items():
        for direction, (english, bengali) in by_direction.items():
            for lang, templates, i in (("en", english, 0), ("bn", bengali, 1)):
                pairs = []
                for template in templates:
                    subject, body = template.split("|")
                    items = [p[i] for p in v.PRODUCTS] if "{item}" in template else [""]
                    pairs += [(subject.format(item=it), body.format(item=it)) for it in items]
                out[(lang, channel, direction)] = pairs
    return out


def interaction_rows(
    rng: random.Random,
    people: Sequence[Person],
    total: int,
    first_id: int,
    user_ids: Sequence[int],
    clock: Clock,
) -> Iterator[tuple[object, ...]]:
    """``total`` interactions spread over ``people``; the first few cover every channel."""
    weights = [0.0 if rng.random() < 0.08 else rng.expovariate(1.0) for _ in people]
    counts = spread(rng, weights, total)
    texts = _texts()
    channels = list(v.CHANNEL_WEIGHTS)
    channel_cum = list(accumulate(v.CHANNEL_WEIGHTS.values()))
    channel_total = channel_cum[-1]
    forced = list(CHANNELS) + ["call"]  # every channel, then an inbound call
    rnd = rng.random
    users: list[int | None] = list(user_ids) or [None]
    at = clock.at
    iid = first_id
    for person, count in zip(people, counts, strict=True):
        if not count:
            continue
        bengali_odds = 0.85 if person.lang == "bn" else (0.0 if person.lang == "foreign" else 0.25)
        for t in _moments(rng, person, count):
            n = iid - first_id
            if n < len(forced):
                channel = forced[n]
                direction = "in" if n == len(forced) - 1 else "out"
            else:
                channel = channels[bisect(channel_cum, rnd() * channel_total)]
                direction = "out" if channel == "note" or rnd() < 0.5 else "in"
            lang = "bn" if rnd() < bengali_odds else "en"
            pairs = texts[(lang, channel, direction)]
            subject, body = pairs[int(rnd() * len(pairs))]
            user: int | None
            if person.owner_id is not None and rnd() < 0.7:
                user = person.owner_id
            else:
                user = users[int(rnd() * len(users))]
            when = at(t)
            yield (iid, person.id, channel, direction, when, subject, body, user, when, None)
            iid += 1


def purchase_rows(
    rng: random.Random, people: Sequence[Person], total: int, first_id: int, clock: Clock
) -> Iterator[tuple[object, ...]]:
    """``total`` purchases over the last two years; some refunds, some in US dollars.

    The second purchase is always a refund and the third always in dollars,
    so even a small demo shows both.
    """
    weights = [0.0 if rng.random() < 0.15 else rng.expovariate(1.0) * (4 if p.heavy else 1) for p in people]
    counts = spread(rng, weights, total)
    rnd = rng.random
    products = v.PRODUCTS
    at = clock.at
    pid = first_id
    for person, count in zip(people, counts, strict=True):
        if not count:
            continue
        lang = 1 if person.lang == "bn" else 0
        for t in _moments(rng, person, count):
            n = pid - first_id
            item = products[int(rnd() * len(products))]
            quantity = 1 + int(rnd() * (12 if person.heavy else 3))
            taka = (item[2] + rnd() * (item[3] - item[2])) * quantity
            dollars = n == 2 or (person.lang == "foreign" and rnd() < 0.8) or rnd() < 0.005
            if dollars:
                amount = max(100, round(taka * 100 / TAKA_PER_DOLLAR))
                currency = "USD"
            else:
                amount = round(taka / 10) * 1000 + (50 if rnd() < 0.2 else 0)
                currency = "BDT"
            name = item[1] if lang else item[0]
            description = name if quantity == 1 else f"{name} × {quantity}"
            if n == 1 or rnd() < REFUND_ODDS:
                amount = -max(100, amount // (1 + int(rnd() * 3)))
                description = ("ফেরত: " if lang else "Refund: ") + name
                reference = f"RF-{pid:07d}"
            else:
                reference = f"INV-{pid:07d}"
            when = at(t)
            yield (pid, person.id, when, amount, currency, description, reference, when, None)
            pid += 1
