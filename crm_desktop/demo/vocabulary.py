"""The words demo data is made of: names, places, products, message texts.

Every entry that has a Bengali form is an ``(english, bengali)`` pair, so a
customer written in Bengali script gets Bengali text and a romanized email,
and one written in English gets the English spelling of the same name.
"""

from __future__ import annotations

Pair = tuple[str, str]

MALE_MUSLIM: tuple[Pair, ...] = (
    ("Rahim", "রহিম"),
    ("Karim", "করিম"),
    ("Abdullah", "আব্দুল্লাহ"),
    ("Jamal", "জামাল"),
    ("Kamal", "কামাল"),
    ("Hasan", "হাসান"),
    ("Mahmud", "মাহমুদ"),
    ("Rafiq", "রফিক"),
    ("Shafiq", "শফিক"),
    ("Tanvir", "তানভীর"),
    ("Sakib", "সাকিব"),
    ("Arif", "আরিফ"),
    ("Imran", "ইমরান"),
    ("Nasir", "নাসির"),
    ("Jahid", "জাহিদ"),
    ("Masud", "মাসুদ"),
    ("Sohel", "সোহেল"),
    ("Russel", "রাসেল"),
    ("Anis", "আনিস"),
    ("Faruk", "ফারুক"),
    ("Monir", "মনির"),
    ("Shahin", "শাহীন"),
    ("Rubel", "রুবেল"),
    ("Riaz", "রিয়াজ"),
    ("Naim", "নাঈম"),
    ("Alamgir", "আলমগীর"),
    ("Mizan", "মিজান"),
    ("Babul", "বাবুল"),
    ("Ashik", "আশিক"),
    ("Faisal", "ফয়সাল"),
    ("Mehedi", "মেহেদী"),
    ("Shakil", "শাকিল"),
)

FEMALE_MUSLIM: tuple[Pair, ...] = (
    ("Fatema", "ফাতেমা"),
    ("Nusrat", "নুসরাত"),
    ("Ayesha", "আয়েশা"),
    ("Sumaiya", "সুমাইয়া"),
    ("Taslima", "তাসলিমা"),
    ("Nasrin", "নাসরিন"),
    ("Rumana", "রুমানা"),
    ("Sharmin", "শারমিন"),
    ("Farzana", "ফারজানা"),
    ("Sabrina", "সাবরিনা"),
    ("Tanzila", "তানজিলা"),
    ("Mim", "মিম"),
    ("Jannatul", "জান্নাতুল"),
    ("Sadia", "সাদিয়া"),
    ("Laila", "লাইলা"),
    ("Roksana", "রোকসানা"),
    ("Shirin", "শিরিন"),
    ("Nazma", "নাজমা"),
    ("Halima", "হালিমা"),
    ("Rabeya", "রাবেয়া"),
    ("Kulsum", "কুলসুম"),
    ("Afroza", "আফরোজা"),
    ("Ishrat", "ইশরাত"),
)

MALE_HINDU: tuple[Pair, ...] = (
    ("Sumon", "সুমন"),
    ("Amit", "অমিত"),
    ("Pradip", "প্রদীপ"),
    ("Sanjoy", "সঞ্জয়"),
    ("Biplob", "বিপ্লব"),
    ("Tapan", "তপন"),
    ("Dipak", "দীপক"),
    ("Anik", "অনিক"),
    ("Subrata", "সুব্রত"),
    ("Gautam", "গৌতম"),
    ("Ratan", "রতন"),
    ("Uttam", "উত্তম"),
    ("Shuvo", "শুভ"),
)

FEMALE_HINDU: tuple[Pair, ...] = (
    ("Priyanka", "প্রিয়াঙ্কা"),
    ("Ananya", "অনন্যা"),
    ("Moumita", "মৌমিতা"),
    ("Shyamoli", "শ্যামলী"),
    ("Rupa", "রূপা"),
    ("Dipa", "দীপা"),
    ("Swapna", "স্বপ্না"),
    ("Kakoli", "কাকলি"),
    ("Anjali", "অঞ্জলি"),
    ("Puja", "পূজা"),
)

FAMILY_MUSLIM: tuple[Pair, ...] = (
    ("Uddin", "উদ্দিন"),
    ("Ahmed", "আহমেদ"),
    ("Hossain", "হোসেন"),
    ("Islam", "ইসলাম"),
    ("Rahman", "রহমান"),
    ("Khan", "খান"),
    ("Ali", "আলী"),
    ("Mia", "মিয়া"),
    ("Sheikh", "শেখ"),
    ("Sarker", "সরকার"),
    ("Molla", "মোল্লা"),
    ("Haque", "হক"),
    ("Kabir", "কবির"),
    ("Chowdhury", "চৌধুরী"),
    ("Talukder", "তালুকদার"),
    ("Bhuiyan", "ভূঁইয়া"),
    ("Siddiqui", "সিদ্দিকী"),
    ("Pramanik", "প্রামাণিক"),
    ("Alam", "আলম"),
    ("Howlader", "হাওলাদার"),
)

FAMILY_MUSLIM_FEMALE: tuple[Pair, ...] = (
    ("Begum", "বেগম"),
    ("Akter", "আক্তার"),
    ("Khatun", "খাতুন"),
    ("Jahan", "জাহান"),
    ("Sultana", "সুলতানা"),
    ("Yasmin", "ইয়াসমিন"),
    ("Parvin", "পারভীন"),
    ("Nahar", "নাহার"),
    ("Islam", "ইসলাম"),
    ("Rahman", "রহমান"),
    ("Chowdhury", "চৌধুরী"),
    ("Haque", "হক"),
)

FAMILY_HINDU: tuple[Pair, ...] = (
    ("Das", "দাস"),
    ("Saha", "সাহা"),
    ("Roy", "রায়"),
    ("Ghosh", "ঘোষ"),
    ("Paul", "পাল"),
    ("Biswas", "বিশ্বাস"),
    ("Dey", "দে"),
    ("Chakraborty", "চক্রবর্তী"),
    ("Banik", "বণিক"),
    ("Majumder", "মজুমদার"),
    ("Sen", "সেন"),
    ("Dutta", "দত্ত"),
    ("Karmakar", "কর্মকার"),
)

MD_PREFIX: Pair = ("Md.", "মোঃ")
MST_PREFIX: Pair = ("Mst.", "মোছাঃ")

# Customers from abroad: expats, buying agents, tourists.
FOREIGN_GIVEN = (
    "John", "David", "Michael", "Sarah", "Emily", "James", "Emma", "Daniel", "Olivia",
    "Robert", "Anna", "Thomas", "Laura", "Peter", "Kevin", "Lisa", "Mark", "Rachel", "Jürgen", "Yuki",
)  # fmt: skip
FOREIGN_FAMILY = (
    "Smith", "Johnson", "Williams", "Brown", "Taylor", "Miller", "Wilson", "Clarke", "Walker",
    "Wright", "O'Brien", "Müller", "García", "Nguyen", "Kim", "Tanaka", "Evans", "Baker",
)  # fmt: skip
FOREIGN_PHONE_FORMATS = ("+44 7700 900{:03d}", "+1 202-555-0{:03d}", "+61 491 570 {:03d}")

BUSINESS_NAMES: tuple[Pair, ...] = (
    ("Bismillah", "বিসমিল্লাহ"),
    ("Al-Amin", "আল-আমিন"),
    ("Madina", "মদিনা"),
    ("New Madina", "নিউ মদিনা"),
    ("Mayer Doa", "মায়ের দোয়া"),
    ("Janata", "জনতা"),
    ("Sonali", "সোনালী"),
    ("Rupali", "রূপালী"),
    ("Padma", "পদ্মা"),
    ("Meghna", "মেঘনা"),
    ("Jamuna", "যমুনা"),
    ("Shapla", "শাপলা"),
    ("Bhai Bhai", "ভাই ভাই"),
    ("Nobanno", "নবান্ন"),
    ("Surma", "সুরমা"),
    ("Green", "গ্রীন"),
    ("Star", "স্টার"),
    ("City", "সিটি"),
    ("Rahman", "রহমান"),
    ("Karim", "করিম"),
    ("Haque", "হক"),
    ("Sheikh", "শেখ"),
)

BUSINESS_KINDS: tuple[Pair, ...] = (
    ("Traders", "ট্রেডার্স"),
    ("Enterprise", "এন্টারপ্রাইজ"),
    ("Store", "স্টোর"),
    ("General Store", "জেনারেল স্টোর"),
    ("Telecom", "টেলিকম"),
    ("Fashion", "ফ্যাশন"),
    ("Electronics", "ইলেকট্রনিক্স"),
    ("Pharmacy", "ফার্মেসী"),
    ("Hardware", "হার্ডওয়্যার"),
    ("Bostraloy", "বস্ত্রালয়"),
    ("Rice Agency", "রাইস এজেন্সি"),
    ("& Sons", "অ্যান্ড সন্স"),
)

# (city, its areas): weighted towards Dhaka as a shop's customers would be.
CITIES: tuple[tuple[Pair, tuple[Pair, ...], int], ...] = (
    (
        ("Dhaka", "ঢাকা"),
        (
            ("Dhanmondi", "ধানমন্ডি"),
            ("Mirpur", "মিরপুর"),
            ("Uttara", "উত্তরা"),
            ("Mohammadpur", "মোহাম্মদপুর"),
            ("Gulshan", "গুলশান"),
            ("Banani", "বনানী"),
            ("Motijheel", "মতিঝিল"),
            ("Badda", "বাড্ডা"),
            ("Jatrabari", "যাত্রাবাড়ী"),
            ("Bashundhara", "বসুন্ধরা"),
        ),
        40,
    ),
    (
        ("Chattogram", "চট্টগ্রাম"),
        (("Agrabad", "আগ্রাবাদ"), ("Panchlaish", "পাঁচলাইশ"), ("Halishahar", "হালিশহর"), ("Khulshi", "খুলশী")),
        12,
    ),
    (("Sylhet", "সিলেট"), (("Zindabazar", "জিন্দাবাজার"), ("Amberkhana", "আম্বরখানা")), 6),
    (("Rajshahi", "রাজশাহী"), (("Shaheb Bazar", "সাহেব বাজার"), ("Uposhohor", "উপশহর")), 5),
    (("Khulna", "খুলনা"), (("Sonadanga", "সোনাডাঙ্গা"), ("Khalishpur", "খালিশপুর")), 5),
    (("Barishal", "বরিশাল"), (("Sadar Road", "সদর রোড"), ("Nathullabad", "নথুল্লাবাদ")), 3),
    (("Rangpur", "রংপুর"), (("Dhap", "ধাপ"), ("Lalbagh", "লালবাগ")), 3),
    (("Mymensingh", "ময়মনসিংহ"), (("Ganginarpar", "গাঙ্গিনারপাড়"), ("Charpara", "চরপাড়া")), 3),
    (("Cumilla", "কুমিল্লা"), (("Kandirpar", "কান্দিরপাড়"), ("Tomsom Bridge", "টমছম ব্রিজ")), 4),
    (("Narayanganj", "নারায়ণগঞ্জ"), (("Chashara", "চাষাড়া"), ("Fatullah", "ফতুল্লা")), 5),
    (("Gazipur", "গাজীপুর"), (("Tongi", "টঙ্গী"), ("Joydebpur", "জয়দেবপুর")), 5),
    (("Bogura", "বগুড়া"), (("Satmatha", "সাতমাথা"),), 2),
)

LANDLINE_FORMATS = {"Dhaka": "02-55{:06d}", "Chattogram": "031-2{:06d}"}

SOURCES = ("Facebook", "Walk-in", "Referral", "Website", "Phone", "Daraz")
SOURCE_WEIGHTS = (30, 30, 15, 8, 12, 5)

INTERESTS: tuple[Pair, ...] = (
    ("Sarees", "শাড়ি"),
    ("Three-piece", "থ্রি-পিস"),
    ("Panjabi", "পাঞ্জাবি"),
    ("Groceries", "মুদি"),
    ("Rice wholesale", "চাল পাইকারি"),
    ("Mobile accessories", "মোবাইল এক্সেসরিজ"),
    ("Electronics", "ইলেকট্রনিক্স"),
    ("Kitchenware", "রান্নাঘরের জিনিস"),
    ("Cosmetics", "কসমেটিকস"),
    ("Baby products", "শিশুদের পণ্য"),
    ("Building materials", "নির্মাণ সামগ্রী"),
)

TAGS = ("VIP", "wholesale", "regular", "পাইকারি", "নিয়মিত", "new", "Eid offer", "বাকি", "corporate")
TAG_WEIGHTS = (6, 10, 30, 8, 12, 14, 8, 7, 5)

STAFF: tuple[tuple[str, str | None], ...] = (
    ("Karim Ahmed", "karim@shop.example.com"),
    ("সুমাইয়া আক্তার", "sumaiya@shop.example.com"),
    ("Rafiq Islam", None),
    ("Tania Akter", "tania@shop.example.com"),
    ("Jahid Hasan", None),
)

EMAIL_DOMAINS = ("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com")

PAYMENT_METHODS = ("bKash", "Nagad", "Cash", "Card", "Rocket", "Bank transfer")

# (english, bengali, lowest price in taka, highest price in taka)
PRODUCTS: tuple[tuple[str, str, int, int], ...] = (
    ("Rice 25kg bag", "২৫ কেজি চালের বস্তা", 1500, 2400),
    ("Miniket rice 5kg", "৫ কেজি মিনিকেট চাল", 350, 450),
    ("Soybean oil 5L", "৫ লিটার সয়াবিন তেল", 800, 950),
    ("Jamdani saree", "জামদানি শাড়ি", 4000, 25000),
    ("Three-piece", "থ্রি-পিস", 1200, 4500),
    ("Panjabi", "পাঞ্জাবি", 900, 3500),
    ("Lungi", "লুঙ্গি", 350, 900),
    ("Mobile charger", "মোবাইল চার্জার", 250, 1200),
    ("Smartphone", "স্মার্টফোন", 9000, 45000),
    ('LED TV 32"', "৩২ ইঞ্চি এলইডি টিভি", 14000, 28000),
    ("Rice cooker", "রাইস কুকার", 2200, 5500),
    ("Blender", "ব্লেন্ডার", 2500, 7000),
    ("Ceiling fan", "সিলিং ফ্যান", 2800, 6500),
    ("School bag", "স্কুল ব্যাগ", 600, 1800),
    ("Baby food", "শিশু খাদ্য", 400, 1500),
    ("Cosmetics set", "কসমেটিকস সেট", 700, 4000),
    ("Lentils 5kg", "৫ কেজি ডাল", 550, 800),
    ("Sugar 10kg", "১০ কেজি চিনি", 1200, 1500),
    ("Tea 1kg", "১ কেজি চা পাতা", 450, 900),
    ("Cement 50 bags", "৫০ বস্তা সিমেন্ট", 24000, 30000),
    ("Paint 20L", "২০ লিটার রং", 5000, 12000),
)

# channel -> direction -> (english texts, bengali texts); "subject|body", {item} = a product
INTERACTION_TEXTS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "call": {
        "out": (
            (
                "Follow-up call|Called to follow up on the {item}; will decide this week.",
                "Price update|Told them the new price of {item}.",
                "Payment reminder|Reminded about the due payment for {item}.",
                "Delivery call|Confirmed the delivery time for {item}.",
                "|Called, no answer. Will try again tomorrow.",
            ),
            (
                "ফলো-আপ কল|{item} নিয়ে ফোন করেছি, এই সপ্তাহে জানাবেন।",
                "দাম জানানো|{item}-এর নতুন দাম জানিয়েছি।",
                "বাকি টাকার কথা|{item}-এর বাকি টাকার কথা মনে করিয়ে দিয়েছি।",
                "|ফোন ধরেননি, কাল আবার করব।",
            ),
        ),
        "in": (
            (
                "Price enquiry|Asked the price of {item}.",
                "Stock check|Asked whether {item} is in stock.",
                "Order by phone|Ordered {item} by phone, cash on delivery.",
                "Complaint|Called about a problem with the {item}.",
            ),
            (
                "দাম জানতে চেয়েছেন|{item}-এর দাম জানতে চেয়েছেন।",
                "স্টক|{item} আছে কিনা জানতে চেয়েছেন।",
                "ফোনে অর্ডার|ফোনে {item} অর্ডার করেছেন, ক্যাশ অন ডেলিভারি।",
                "অভিযোগ|{item} নিয়ে সমস্যার কথা বলেছেন।",
            ),
        ),
    },
    "email": {
        "out": (
            (
                "Quotation for {item}|Dear Sir/Madam, please find the quotation for {item} attached.",
                "Invoice|The invoice for {item} is attached. Thank you for your business.",
                "Eid offer|Special Eid discount on {item} this week.",
            ),
            (
                "{item}-এর কোটেশন|জনাব, {item}-এর কোটেশন সংযুক্ত করা হলো।",
                "ইনভয়েস|{item}-এর ইনভয়েস পাঠানো হলো। ধন্যবাদ।",
            ),
        ),
        "in": (
            (
                "Re: Quotation|Thanks, the price for {item} looks fine. Please send 10 more.",
                "Order enquiry|Could you tell me when {item} will be back in stock?",
                "Payment sent|Payment for {item} sent by bank transfer.",
            ),
            (
                "অর্ডার|আরও ১০টি {item} পাঠান।",
                "পেমেন্ট|{item}-এর টাকা ব্যাংকে পাঠিয়েছি।",
            ),
        ),
    },
    "sms": {
        "out": (
            (
                "|Your order ({item}) is ready for pickup. Thank you!",
                "|Eid Mubarak! 10% off on {item} till Friday.",
                "|Payment received. Thank you for shopping with us.",
            ),
            (
                "|আপনার অর্ডার ({item}) প্রস্তুত। দোকান থেকে নিয়ে যান। ধন্যবাদ!",
                "|ঈদ মোবারক! শুক্রবার পর্যন্ত {item}-এ ১০% ছাড়।",
                "|টাকা পেয়েছি। ধন্যবাদ।",
            ),
        ),
        "in": (
            ("|OK, will come tomorrow.", "|How much for {item}?", "|Please deliver after 5 pm."),
            ("|ঠিক আছে, কাল আসব।", "|{item} এর দাম কত?", "|বিকাল ৫টার পরে ডেলিভারি দিবেন।"),
        ),
    },
    "whatsapp": {
        "out": (
            ("|Sent photos of the new {item} stock.", "|Shared the price list for {item}."),
            ("|নতুন স্টকের {item}-এর ছবি পাঠিয়েছি।", "|{item}-এর দামের তালিকা পাঠিয়েছি।"),
        ),
        "in": (
            (
                "|Sent a photo of the {item} they want.",
                "|Asked for the bKash number to pay for {item}.",
                "|Voice message: wants {item} by Thursday.",
            ),
            (
                "|যে {item} চান তার ছবি পাঠিয়েছেন।",
                "|{item}-এর টাকা দিতে বিকাশ নম্বর চেয়েছেন।",
                "|ভয়েস মেসেজ: বৃহস্পতিবারের মধ্যে {item} চান।",
            ),
        ),
    },
    "facebook": {
        "out": (
            ("Page reply|Replied with the price of {item}.", "Page reply|Sent the delivery charge details."),
            ("পেজ রিপ্লাই|{item}-এর দাম জানিয়েছি।", "পেজ রিপ্লাই|ডেলিভারি চার্জ জানিয়েছি।"),
        ),
        "in": (
            (
                "Page message|Is {item} available? Price koto?",
                "Comment|Commented 'price?' on the {item} post.",
                "Page message|Wants home delivery of {item} to Mirpur.",
            ),
            (
                "পেজ মেসেজ|{item} আছে? দাম কত?",
                "কমেন্ট|{item}-এর পোস্টে 'দাম?' লিখেছেন।",
                "পেজ মেসেজ|মিরপুরে {item} হোম ডেলিভারি চান।",
            ),
        ),
    },
    "chat": {
        "out": (
            ("Website chat|Answered questions about the {item} warranty.",),
            ("ওয়েবসাইট চ্যাট|{item}-এর ওয়ারেন্টি নিয়ে প্রশ্নের উত্তর দিয়েছি।",),
        ),
        "in": (
            (
                "Website chat|Asked about the delivery time for {item}.",
                "Website chat|Asked if cash on delivery is possible.",
            ),
            (
                "ওয়েবসাইট চ্যাট|{item} কবে পাবেন জানতে চেয়েছেন।",
                "ওয়েবসাইট চ্যাট|ক্যাশ অন ডেলিভারি হবে কিনা জানতে চেয়েছেন।",
            ),
        ),
    },
    "meeting": {
        "out": (
            (
                "Meeting at their office|Discussed a bulk order of {item}.",
                "Meeting|Negotiated the price for {item}; they want 5% off.",
            ),
            (
                "অফিসে মিটিং|{item}-এর পাইকারি অর্ডার নিয়ে আলোচনা।",
                "মিটিং|{item}-এর দাম নিয়ে দর কষাকষি; ৫% ছাড় চান।",
            ),
        ),
        "in": (
            ("Meeting at the shop|Came with their manager to discuss {item}.",),
            ("দোকানে মিটিং|ম্যানেজারকে নিয়ে {item} নিয়ে কথা বলতে এসেছিলেন।",),
        ),
    },
    "visit": {
        "out": (
            ("Delivery visit|Delivered the {item} and collected payment.",),
            ("ডেলিভারি|{item} পৌঁছে দিয়ে টাকা নিয়েছি।",),
        ),
        "in": (
            (
                "Shop visit|Visited the shop and looked at {item}.",
                "Shop visit|Bought {item}, paid cash.",
                "Shop visit|Came to pay the due amount.",
            ),
            (
                "দোকানে এসেছিলেন|দোকানে এসে {item} দেখেছেন।",
                "দোকানে এসেছিলেন|{item} কিনেছেন, নগদ টাকা দিয়েছেন।",
                "দোকানে এসেছিলেন|বাকি টাকা দিতে এসেছিলেন।",
            ),
        ),
    },
    "note": {
        "out": (
            (
                "|Prefers to pay by bKash.",
                "|Good customer, always pays on time.",
                "|Interested in {item} when the new stock comes.",
                "|Do not call before 11 am.",
                "|Has a due of about 2,500 taka.",
            ),
            (
                "|বিকাশে টাকা দিতে পছন্দ করেন।",
                "|ভালো কাস্টমার, সময়মতো টাকা দেন।",
                "|নতুন স্টক এলে {item} নিতে চান।",
                "|সকাল ১১টার আগে ফোন করবেন না।",
                "|প্রায় ২,৫০০ টাকা বাকি আছে।",
            ),
        ),
    },
}

# how often each channel is used (same order as crm_desktop.domain.CHANNELS)
CHANNEL_WEIGHTS = {
    "call": 25,
    "email": 5,
    "sms": 10,
    "whatsapp": 20,
    "facebook": 15,
    "chat": 3,
    "meeting": 4,
    "visit": 12,
    "note": 6,
}

DEAL_TITLES: tuple[Pair, ...] = (
    ("{item}: bulk order", "{item} পাইকারি অর্ডার"),
    ("Office order: {item}", "অফিসের অর্ডার: {item}"),
    ("Wedding order: {item}", "বিয়ের অর্ডার: {item}"),
    ("Eid stock: {item}", "ঈদের স্টক: {item}"),
    ("Corporate Eid gifts", "কর্পোরেট ঈদ উপহার"),
)

LOST_REASONS = (
    "Price too high",
    "দাম বেশি",
    "Bought from a competitor",
    "অন্য দোকান থেকে কিনেছেন",
    "No response",
    "সাড়া দেননি",
    "Budget postponed",
    "Out of stock",
)

TASK_TITLES: tuple[Pair, ...] = (
    ("Call back about the quotation", "কোটেশন নিয়ে আবার ফোন করা"),
    ("Collect the due payment", "বাকি টাকা আদায়"),
    ("Deliver the order", "অর্ডার ডেলিভারি দেওয়া"),
    ("Send the new price list", "নতুন দামের তালিকা পাঠানো"),
    ("Eid greeting SMS", "ঈদের শুভেচ্ছা এসএমএস"),
    ("Check stock for {item}", "{item}-এর স্টক দেখা"),
    ("Visit the shop in person", "সরাসরি দোকানে যাওয়া"),
    ("Follow up on the complaint", "অভিযোগের খোঁজ নেওয়া"),
)

# (kind, english, bengali)
TICKET_SUBJECTS: tuple[tuple[str, str, str], ...] = (
    ("complaint", "Wrong size delivered", "ভুল সাইজ দেওয়া হয়েছে"),
    ("complaint", "Late delivery", "ডেলিভারি দেরি"),
    ("complaint", "Product arrived damaged", "পণ্য ভাঙা এসেছে"),
    ("complaint", "Charged twice", "দুইবার টাকা কাটা হয়েছে"),
    ("complaint", "Item missing from the order", "অর্ডারে একটি পণ্য কম"),
    ("request", "Exchange request", "পরিবর্তনের অনুরোধ"),
    ("request", "Refund request", "টাকা ফেরতের অনুরোধ"),
    ("request", "Warranty claim", "ওয়ারেন্টি দাবি"),
    ("request", "Home delivery request", "হোম ডেলিভারির অনুরোধ"),
    ("request", "Bulk price request", "পাইকারি দামের অনুরোধ"),
)

NOTES: tuple[Pair, ...] = (
    ("Pays by bKash.", "বিকাশে টাকা দেন।"),
    ("Prefers home delivery.", "হোম ডেলিভারি পছন্দ করেন।"),
    ("Buys for their own shop.", "নিজের দোকানের জন্য কেনেন।"),
    ("Call after 4 pm.", "বিকাল ৪টার পরে ফোন করবেন।"),
    ("Referred by a regular customer.", "নিয়মিত এক কাস্টমারের মাধ্যমে এসেছেন।"),
)
