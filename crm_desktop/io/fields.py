"""Target fields of each import kind, and the header names that mean them.

Header names are compared after :func:`crm_desktop.io.mapping.normalize_header`:
case-folded, digits, spaces and punctuation removed, Google's ``- Value``
suffix dropped. So ``E-mail 1 - Value``, ``EMAIL`` and ``e_mail`` all become
``email``, and the Bengali ``ফোন নম্বর`` becomes ``ফোননম্বর``.

Within one field the aliases are in order of preference: when two columns
could fill a single-valued field, the one whose header comes earlier in the
list wins (``Home Address`` beats ``Work Address``).
"""

from __future__ import annotations

from typing import Final

ENTITIES: Final = ("customers", "purchases", "deals", "interactions")

FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "customers": (
        "display_name", "given_name", "family_name", "company", "phone", "email",
        "address", "city", "birthday", "source", "interests", "notes", "tags",
        "external_id", "kind", "facebook", "owner", "created_at",
    ),
    "purchases": (
        "purchase_date", "amount", "currency", "description", "reference",
        "customer_email", "customer_phone", "customer_external_id", "notes",
        "quantity", "unit_price", "sku", "refunded", "customer_name", "status",
    ),
    "deals": (
        "title", "value", "currency", "stage", "expected_close", "customer_email",
        "customer_phone", "customer_external_id", "owner", "notes", "external_id",
        "created_at",
    ),
    "interactions": (
        "channel", "direction", "occurred_at", "subject", "body", "customer_email",
        "customer_phone", "customer_external_id",
    ),
}  # fmt: skip

# Several columns may feed these; each cell may also hold several values
# (see split_multi), and the values are collected into one list.
MULTI_VALUED: Final = frozenset({"phone", "email", "tags"})

# Several columns may feed these; their texts are joined with the separator
# (address line 1 + line 2, several note columns).
JOINED: Final[dict[str, str]] = {
    "address": ", ",
    "notes": "\n",
    "description": "\n",
    "body": "\n",
}

# Where the "notes" policy for unmapped columns writes, per entity.
NOTES_FIELD: Final[dict[str, str]] = {
    "customers": "notes",
    "purchases": "notes",
    "deals": "notes",
    "interactions": "body",
}

_CUSTOMER_ID = ("customerexternalid", "customerid", "externalid", "contactid", "clientid")
_CUSTOMER_EMAIL = ("customeremail", "email", "emailaddress", "mail", "ইমেইল")
_CUSTOMER_PHONE = (
    "customerphone", "phone", "mobile", "phonenumber", "mobilenumber", "mobilephone",
    "ফোন", "মোবাইল",
)  # fmt: skip

ALIASES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "customers": {
        "display_name": (
            "displayname", "name", "fullname", "contactname", "customername",
            "completename", "fileas", "contact", "anzeigename", "vollständigername",
            "client", "clientname", "customer", "billingname", "shippingname",
            "customerdescription", "নাম", "পুরোনাম", "গ্রাহকেরনাম",
            "গ্রাহক",
        ),
        "given_name": ("givenname", "firstname", "first", "forename", "vorname", "নামেরপ্রথমাংশ"),
        "family_name": ("familyname", "lastname", "surname", "last", "nachname", "পদবি"),
        "company": (
            "company", "companyname", "organization", "organisation", "organizationname",
            "organisationname", "relatedcompany", "parentid", "parentname",
            "accountname", "account", "associatedcompany", "employer", "businessname",
            "defaultaddresscompany", "firmenname", "firma", "unternehmen",
            "zugehörigesunternehmen",
            "কোম্পানি", "কোম্পানিরনাম", "প্রতিষ্ঠান", "প্রতিষ্ঠানেরনাম",
        ),
        "phone": (
            "phone", "mobile", "mobilephone", "mobilenumber", "phonenumber",
            "mobilephonenumber", "cell", "cellphone", "cellular", "telephone", "tel",
            "phoneno", "mobileno", "contactnumber", "contactno", "whatsapp",
            "whatsappnumber", "primaryphone", "businessphone", "workphone", "homephone",
            "otherphone", "companymainphone", "mainphone", "altphone", "defaultaddressphone",
            "telefon", "mobil", "mobiltelefon", "telefonnummer", "ফোন", "মোবাইল", "ফোননম্বর", "মোবাইলনম্বর",
            "ফোননং", "মোবাইলনং",
        ),
        "email": (
            "email", "emailaddress", "primaryemail", "mail", "emailid", "workemail",
            "homeemail", "secondaryemail", "otheremail", "mainemail", "emailadresse",
            "ইমেইল", "ইমেল", "ইমেইলঠিকানা",
        ),
        "address": (
            "address", "addressformatted", "streetaddress", "street", "addressline",
            "addressstreet", "homeaddress", "homestreet", "mailingstreet", "mailingaddress",
            "billingstreet", "workaddress", "businessstreet", "businessaddress",
            "defaultaddressaddress", "strasse", "adresse",
            "ঠিকানা",
        ),
        "city": (
            "city", "town", "addresscity", "homecity", "mailingcity", "billingcity",
            "workcity", "businesscity", "district", "defaultaddresscity", "stadt", "ort",
            "শহর", "জেলা",
        ),
        "birthday": ("birthday", "birthdate", "dateofbirth", "dob", "bday", "জন্মদিন",
                     "জন্মতারিখ"),
        "source": ("source", "leadsource", "originalsource", "উৎস"),
        "interests": ("interests", "interest", "hobbies", "আগ্রহ"),
        "notes": ("notes", "note", "comments", "comment", "remarks", "memo", "description",
                  "notizen", "নোট", "মন্তব্য"),
        "tags": (
            "tags", "tag", "labels", "groupmembership", "categories", "category",
            "categoryid", "groups", "group", "label", "segment", "schlagwörter", "ট্যাগ", "লেবেল",
        ),
        "external_id": (
            "externalid", "id", "recordid", "contactid", "customerid", "clientid", "uid",
            "customernumber", "customerno", "reference", "ref", "আইডি",
        ),
        "kind": ("kind", "companytype", "contacttype", "customertype", "iscompany",
                 "isteinunternehmen", "unternehmenstyp"),
        "facebook": ("facebook", "facebookprofile", "facebookurl", "facebookpage", "fb",
                     "fbprofile", "messenger", "ফেসবুক"),
        "owner": ("owner", "contactowner", "owneralias", "ownerid", "ownername",
                  "salesperson", "assignedto", "accountmanager"),
        "created_at": ("createdate", "createddate", "createdat", "created", "datecreated",
                       "createdon", "createtime", "dateadded"),
    },
    "purchases": {
        "purchase_date": ("purchasedate", "date", "orderdate", "invoicedate", "saledate",
                          "datetime", "createdat", "createddateutc", "createddate", "created",
                          "paidat", "paiddate", "transactiondate", "তারিখ", "ক্রয়েরতারিখ"),
        "amount": ("amount", "total", "totalamount", "amounttotal", "grandtotal", "linetotal",
                   "lineitemtotal", "value", "টাকা", "মূল্য"),
        "currency": ("currency", "currencycode", "মুদ্রা"),
        "description": ("description", "item", "items", "product", "productname",
                        "lineitemname", "itemname", "details", "particulars", "বিবরণ", "পণ্য"),
        "reference": ("reference", "ref", "invoice", "invoiceno", "invoicenumber",
                      "orderid", "ordernumber", "orderno", "receipt", "receiptno", "billno",
                      "transactionid", "id", "chargeid", "paymentid", "রসিদ", "চালান"),
        "customer_email": _CUSTOMER_EMAIL,
        "customer_phone": (*_CUSTOMER_PHONE, "billingphone"),
        "customer_external_id": _CUSTOMER_ID,
        "notes": ("notes", "note", "comment", "comments", "remarks", "নোট"),
        "quantity": ("quantity", "qty", "lineitemquantity", "units", "পরিমাণ"),
        "unit_price": ("unitprice", "price", "lineitemprice", "itemprice", "rate", "দাম", "এককদাম"),
        "sku": ("sku", "stockcode", "lineitemsku", "productcode", "itemcode", "productid", "barcode"),
        "refunded": ("amountrefunded", "refundedamount", "refunded", "refund"),
        "status": ("status", "financialstatus", "paymentstatus", "transactionstatus", "chargestatus"),
        "customer_name": ("customername", "billingname", "customerdescription", "customer",
                          "name", "shippingname", "গ্রাহক", "গ্রাহকেরনাম", "নাম"),
    },
    "deals": {
        "title": ("title", "dealname", "name", "deal", "opportunity", "opportunityname",
                  "subject"),
        "value": ("value", "amount", "dealvalue", "expectedrevenue", "expectedvalue"),
        "currency": ("currency", "currencycode"),
        "stage": ("stage", "dealstage", "pipelinestage", "status"),
        "expected_close": ("expectedclose", "expectedclosedate", "closedate",
                           "expectedclosing", "deadline"),
        "customer_email": _CUSTOMER_EMAIL,
        "customer_phone": _CUSTOMER_PHONE,
        "customer_external_id": _CUSTOMER_ID,
        "owner": ("owner", "dealowner", "salesperson", "ownerid", "assignedto"),
        "notes": ("notes", "note", "description", "comments"),
        "external_id": ("externalid", "id", "recordid", "dealid"),
        "created_at": ("createdate", "createddate", "createdat", "created"),
    },
    "interactions": {
        "channel": ("channel", "medium", "via", "activitytype", "type"),
        "direction": ("direction", "inout", "inboundoutbound"),
        "occurred_at": ("occurredat", "date", "datetime", "time", "timestamp", "when",
                        "activitydate", "তারিখ"),
        "subject": ("subject", "title", "summary"),
        "body": ("body", "message", "text", "content", "notes", "details", "description"),
        "customer_email": _CUSTOMER_EMAIL,
        "customer_phone": _CUSTOMER_PHONE,
        "customer_external_id": _CUSTOMER_ID,
    },
}  # fmt: skip
