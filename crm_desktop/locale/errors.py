"""The one error type parsing raises, and every sentence it says.

The sentences are translatable messages (see :mod:`crm_desktop.translatable`):
``str(error)`` is English, as before; the window says them in Bengali.
"""

from __future__ import annotations

from crm_desktop.translatable import QT_TRANSLATE_NOOP, Message

__all__ = ["MAX_INPUT_CHARS", "ParseError"]

# No amount, date or time a person types is longer; longer text is refused
# before it is scanned (a pasted page of text, a 1 MB cell).
MAX_INPUT_CHARS = 200
_SHOWN_CHARS = 60

NOT_VALID = QT_TRANSLATE_NOOP("ParseErrors", "'{text}' is not {what}: {reason}")

# what the text should have been
AN_AMOUNT = QT_TRANSLATE_NOOP("ParseErrors", "an amount")
A_DATE = QT_TRANSLATE_NOOP("ParseErrors", "a date")
A_REAL_DATE = QT_TRANSLATE_NOOP("ParseErrors", "a real date")
A_REAL_TIME = QT_TRANSLATE_NOOP("ParseErrors", "a real time")

# why (shared)
TOO_LONG = QT_TRANSLATE_NOOP("ParseErrors", "it is {length:,} characters long")
EMPTY = QT_TRANSLATE_NOOP("ParseErrors", "it is empty")
NO_DIGITS = QT_TRANSLATE_NOOP("ParseErrors", "it has no digits")

# why: dates and times
HOUR_WITH_PERIOD = QT_TRANSLATE_NOOP("ParseErrors", "hour {hour} with {period}")
NO_HOUR = QT_TRANSLATE_NOOP("ParseErrors", "there is no hour {hour}")
NO_MINUTE = QT_TRANSLATE_NOOP("ParseErrors", "there is no minute {minute}")
NO_SECOND = QT_TRANSLATE_NOOP("ParseErrors", "there is no second {second}")
OFFSET_TOO_LARGE = QT_TRANSLATE_NOOP("ParseErrors", "offset {offset} is too large")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("ParseErrors", "year {year} is out of range")
NO_MONTH = QT_TRANSLATE_NOOP("ParseErrors", "there is no month {month}")
NO_MONTH_READ_AS = QT_TRANSLATE_NOOP("ParseErrors", "there is no month {month} (read as {order})")
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("ParseErrors", "day/month/year")
MONTH_DAY_YEAR = QT_TRANSLATE_NOOP("ParseErrors", "month/day/year")
NO_DAY = QT_TRANSLATE_NOOP("ParseErrors", "there is no day {day}")
MONTH_HAS_DAYS = QT_TRANSLATE_NOOP("ParseErrors", "{month} {year} has {days} days")
YEAR_DIGITS = QT_TRANSLATE_NOOP("ParseErrors", "the year '{digits}' should have 2 or 4 digits")
DAY_DIGITS = QT_TRANSLATE_NOOP("ParseErrors", "the day '{digits}' has too many digits")
UNKNOWN_WORD = QT_TRANSLATE_NOOP("ParseErrors", "unknown word '{word}'")
EXAMPLES = QT_TRANSLATE_NOOP("ParseErrors", "expected a date like 2010-12-01, 01/12/2010 or 1 Dec 2010")
TWO_MONTHS = QT_TRANSLATE_NOOP("ParseErrors", "more than one month name")
TWO_WEEKDAYS = QT_TRANSLATE_NOOP("ParseErrors", "more than one weekday name")
NEEDS_DAY_AND_YEAR = QT_TRANSLATE_NOOP("ParseErrors", "it needs a day and a year")
NO_DAY_OR_YEAR = QT_TRANSLATE_NOOP("ParseErrors", "no day or year")
TOO_MANY_NUMBERS = QT_TRANSLATE_NOOP("ParseErrors", "too many numbers")
TWO_YEARS = QT_TRANSLATE_NOOP("ParseErrors", "two years and no day")
WRONG_WEEKDAY = QT_TRANSLATE_NOOP("ParseErrors", "{day} {month} {year} is a {actual}, not a {said}")
ONLY_A_TIME = QT_TRANSLATE_NOOP("ParseErrors", "only a time, no date")
MONTHS = (
    QT_TRANSLATE_NOOP("ParseErrors", "January"),
    QT_TRANSLATE_NOOP("ParseErrors", "February"),
    QT_TRANSLATE_NOOP("ParseErrors", "March"),
    QT_TRANSLATE_NOOP("ParseErrors", "April"),
    QT_TRANSLATE_NOOP("ParseErrors", "May"),
    QT_TRANSLATE_NOOP("ParseErrors", "June"),
    QT_TRANSLATE_NOOP("ParseErrors", "July"),
    QT_TRANSLATE_NOOP("ParseErrors", "August"),
    QT_TRANSLATE_NOOP("ParseErrors", "September"),
    QT_TRANSLATE_NOOP("ParseErrors", "October"),
    QT_TRANSLATE_NOOP("ParseErrors", "November"),
    QT_TRANSLATE_NOOP("ParseErrors", "December"),
)
WEEKDAYS = (  # Monday first, as date.weekday() counts
    QT_TRANSLATE_NOOP("ParseErrors", "Monday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Tuesday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Wednesday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Thursday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Friday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Saturday"),
    QT_TRANSLATE_NOOP("ParseErrors", "Sunday"),
)

# why: amounts
UNEXPECTED_TEXT = QT_TRANSLATE_NOOP("ParseErrors", "unexpected text '{text}'")
COMMA_MISPLACED = QT_TRANSLATE_NOOP("ParseErrors", "a comma in the wrong place")
COMMA_AS_DECIMAL = QT_TRANSLATE_NOOP("ParseErrors", "a comma cannot be a decimal point; use '.' for decimals")
BAD_GROUPING = QT_TRANSLATE_NOOP("ParseErrors", "digits grouped wrongly; use 1,234,567.50 or 12,34,567.50")
TWO_DECIMAL_POINTS = QT_TRANSLATE_NOOP("ParseErrors", "more than one decimal point")
COMMA_AFTER_POINT = QT_TRANSLATE_NOOP("ParseErrors", "a comma after the decimal point")
NO_DECIMALS = QT_TRANSLATE_NOOP("ParseErrors", "{currency} amounts have no decimal places")
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "ParseErrors", "{count} decimal places, but {currency} has only {digits}"
)
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("ParseErrors", "the number is too large")
TWO_NUMBERS = QT_TRANSLATE_NOOP("ParseErrors", "more than one number (no spaces inside a number)")
SIGN_AFTER = QT_TRANSLATE_NOOP("ParseErrors", "a sign after the number; put the minus first")
TWO_SIGNS = QT_TRANSLATE_NOOP("ParseErrors", "more than one sign")
UNBALANCED = QT_TRANSLATE_NOOP("ParseErrors", "unbalanced parentheses")
PARENTHESES_AND_SIGN = QT_TRANSLATE_NOOP("ParseErrors", "both parentheses and a sign")
SLASH_DASH_FIRST = QT_TRANSLATE_NOOP("ParseErrors", "'/-' or 'only' before the number")
TWO_SLASH_DASHES = QT_TRANSLATE_NOOP("ParseErrors", "more than one '/-'")
TWO_CURRENCY_SIGNS = QT_TRANSLATE_NOOP("ParseErrors", "more than one currency sign on one side")
TWO_CURRENCIES = QT_TRANSLATE_NOOP("ParseErrors", "two different currencies ({first} and {second})")
OTHER_CURRENCY = QT_TRANSLATE_NOOP("ParseErrors", "it is in {found}, not {currency}")


class ParseError(ValueError):
    """Text that is not a valid amount, date or time.

    ``str(error)`` is a full sentence fit to show a user, e.g.
    "'12.34.56' is not an amount: more than one decimal point" (a
    translatable message). ``text`` is the input as given and ``reason`` the
    part after the colon, for callers that build their own message (an
    import report adding the row and column).
    """

    def __init__(self, text: str, what: str, reason: str) -> None:
        self.text = text
        self.what = what  # "an amount", "a date", "a real date", "a real time"
        self.reason = reason
        shown_reason = reason if len(reason) <= 2 * _SHOWN_CHARS else _short(reason, 2 * _SHOWN_CHARS)
        message = NOT_VALID.format(text=_short(text), what=what, reason=shown_reason)
        printable = _printable(message)
        if printable != message:  # escapes in the quoted text: keep them, translatably
            message = message.map_params(_printable)
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0]) if not isinstance(self.args[0], Message) else self.args[0]


def _short(text: str, width: int = _SHOWN_CHARS) -> str:
    """A long input is quoted by its start only: the message stays a sentence."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _printable(message: str) -> str:
    """Control characters and broken surrogates as escapes: the message can always
    be shown, logged and encoded as UTF-8."""
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or 0xD800 <= ord(ch) <= 0xDFFF
        else ch
        for ch in message
    )
