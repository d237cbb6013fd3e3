"""Money as integer minor units (paisa, cents) plus an ISO 4217 currency code.

Floats never hold money here. ``Money(12345650)`` is ৳1,23,456.50: 12345650
paisa. How many minor units a currency has comes from CLDR through Babel
(BDT 2, USD 2, JPY 0, KWD 3).

Formatting for people lives in :mod:`crm_desktop.locale`; this module only
knows the plain machine form, ``to_decimal_string()`` ("1234.50"), used in
JSON and CSV output.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from babel.numbers import get_currency_precision, list_currencies

DEFAULT_CURRENCY = "BDT"

__all__ = ["DEFAULT_CURRENCY", "CurrencyMismatchError", "Money", "is_known_currency", "minor_units"]


class CurrencyMismatchError(ValueError):
    """Arithmetic or comparison between amounts in different currencies."""


@lru_cache(maxsize=1)
def _known_currencies() -> frozenset[str]:
    return frozenset(list_currencies())


def is_known_currency(code: str) -> bool:
    """True if ``code`` is an ISO 4217 code CLDR knows (upper case, e.g. "BDT")."""
    return code in _known_currencies()


@cache
def minor_units(currency: str) -> int:
    """Digits after the decimal point for ``currency``: BDT 2, JPY 0, KWD 3."""
    if not is_known_currency(currency):
        raise ValueError(f"unknown currency code {currency!r}")
    return int(get_currency_precision(currency))


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money: ``minor`` units (paisa, cents) of ``currency``."""

    minor: int
    currency: str = DEFAULT_CURRENCY

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise TypeError(f"Money.minor must be an int of minor units, not {type(self.minor).__name__}")
        if not isinstance(self.currency, str) or not is_known_currency(self.currency):
            raise ValueError(f"unknown currency code {self.currency!r}")

    # -- construction -----------------------------------------------------

    @classmethod
    def from_major(cls, amount: Decimal | str | int, currency: str = DEFAULT_CURRENCY) -> Money:
        """``Money.from_major("1234.5")`` is 123450 paisa.

        Refuses floats (they cannot hold 0.10 exactly) and refuses more decimal
        places than the currency has instead of rounding them away.
        """
        if isinstance(amount, bool) or not isinstance(amount, Decimal | str | int):
            raise TypeError(f"Money.from_major takes Decimal, str or int, not {type(amount).__name__}")
        digits = minor_units(currency)
        try:
            value = Decimal(amount.strip() if isinstance(amount, str) else amount)
        except InvalidOperation:
            raise ValueError(f"{amount!r} is not a number") from None
        if not value.is_finite():
            raise ValueError(f"{amount!r} is not a finite amount")
        scaled = value.scaleb(digits)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{amount!r} has more decimal places than {currency} allows ({digits})")
        return cls(int(scaled), currency)

    @classmethod
    def zero(cls, currency: str = DEFAULT_CURRENCY) -> Money:
        return cls(0, currency)

    # -- views ------------------------------------------------------------

    @property
    def major(self) -> Decimal:
        """The amount in major units with the currency's digits: Decimal('1234.50')."""
        return Decimal(self.minor).scaleb(-minor_units(self.currency))

    def to_decimal_string(self) -> str:
        """Plain machine form: "1234.50", "-0.05", "500" for JPY. No grouping."""
        return format(self.major, "f")

    def __str__(self) -> str:
        return f"{self.to_decimal_string()} {self.currency}"

    # -- arithmetic -------------------------------------------------------

    def _check(self, other: Money, op: str) -> None:
        if self.currency != other.currency:
            raise CurrencyMismatchError(f"cannot {op} {self.currency} and {other.currency} amounts")

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "add")
        return Money(self.minor + other.minor, self.currency)

    def __radd__(self, other: object) -> Money:
        # Lets sum(amounts) work: sum starts from the int 0.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "subtract")
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __mul__(self, other: object) -> Money:
        # Quantity times unit price. Only whole numbers: no silent rounding.
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        return Money(self.minor * other, self.currency)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.minor != 0

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "compare")
        return self.minor < other.minor

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "compare")
        return self.minor <= other.minor

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "compare")
        return self.minor > other.minor

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other, "compare")
        return self.minor >= other.minor
