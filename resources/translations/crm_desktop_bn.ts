<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name></name>
    <message>
        <source>Cannot open the database</source>
        <translation>ডেটাবেস খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>ব্যাকআপ থেকে ফিরিয়ে আনুন…</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>অন্য ফাইল খুলুন…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>একটি ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>CRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>CRM ডেটাবেস (*.sqlite3 *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ব্যাকআপ থেকে ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3.gz *.sqlite3 *.db);;All files (*)</source>
        <translation>ব্যাকআপ (*.sqlite3.gz *.sqlite3 *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>ফিরিয়ে আনা হয়েছে</translation>
    </message>
    <message>
        <source>Restored {customers} customers. The file that could not be opened was kept in {folder}.</source>
        <translation>{customers} জন গ্রাহক ফিরিয়ে আনা হয়েছে। যে ফাইলটি খোলা যায়নি সেটি {folder}-এ রেখে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>আগেই খোলা আছে</translation>
    </message>
    <message>
        <source>CRM Desktop already has {file} open in another window. Switch to it?</source>
        <translation>CRM Desktop-এ {file} অন্য একটি উইন্ডোতে আগেই খোলা আছে। সেখানে যাবেন?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>তৈরির সময়</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>এখনই ব্যাকআপ নিন</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>যেখানে ব্যাকআপ নেবেন…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>ফিরিয়ে আনুন…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>ফাইল থেকে ফিরিয়ে আনুন…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>ফোল্ডার খুলুন</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>ব্যাকআপ রাখা হয় {folder}-এ</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>দৈনিক</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>নিজে নেওয়া</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>বন্ধ করার সময়</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ফিরিয়ে আনার আগে</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>ব্যাকআপের জায়গা</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3)</source>
        <translation>ডেটাবেস (*.sqlite3)</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>ব্যাকআপ নেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>The database was copied to {file}.</source>
        <translation>ডেটাবেস {file}-এ কপি করা হয়েছে।</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>ব্যাকআপ নেওয়া যায়নি</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}
Your existing backups were not touched.</source>
        <translation>ব্যাকআপ নেওয়া যায়নি: {reason}
আগের ব্যাকআপগুলো যেমন ছিল তেমনই আছে।</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>যেখান থেকে ফিরিয়ে আনবেন</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3.gz *.sqlite3 *.db)</source>
        <translation>ব্যাকআপ (*.sqlite3.gz *.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>এই ব্যাকআপ ফিরিয়ে আনবেন?</translation>
    </message>
    <message>
        <source>The database will be replaced by the backup {file}. The current data is backed up first, so you can go back. Continue?</source>
        <translation>ডেটাবেসের জায়গায় ব্যাকআপ {file} বসবে। এখনকার তথ্যের আগে একটি ব্যাকআপ নেওয়া হবে, তাই চাইলে আবার ফিরে যেতে পারবেন। চালিয়ে যাবেন?</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>কিছু একটা সমস্যা হয়েছে</translation>
    </message>
    <message>
        <source>The last action could not be completed. Your saved data is safe.</source>
        <translation>শেষ কাজটি শেষ করা যায়নি। আপনার সংরক্ষিত তথ্য নিরাপদ আছে।</translation>
    </message>
    <message>
        <source>The details were written to the log in {folder}.</source>
        <translation>বিস্তারিত লগে লেখা হয়েছে: {folder}।</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>বিস্তারিত কপি করুন</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>আমদানি (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>রপ্তানি (&amp;E)…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>আমদানির ইতিহাস (&amp;H)…</translation>
    </message>
    <message>
        <source>Purchases (sales)</source>
        <translation>ক্রয় (বিক্রি)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>টিকেট</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>“{query}” দিয়ে কিছু পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>গ্রাহক খুলুন</translation>
    </message>
    <message>
        <source>Open this customer&apos;s page</source>
        <translation>এই গ্রাহকের পাতা খুলুন</translation>
    </message>
    <message>
        <source>Interactions (calls, messages, visits)</source>
        <translation>যোগাযোগ (কল, মেসেজ, সাক্ষাৎ)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>পদবি</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>আগ্রহ</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ব্যক্তি</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>দায়িত্বে: {name}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>{number}-এ কল করুন</translation>
    </message>
    <message>
        <source>WhatsApp {number}</source>
        <translation>{number}-এ হোয়াটসঅ্যাপ</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>{number}-এ মেসেজ পাঠান</translation>
    </message>
    <message>
        <source>{number} (not verified)</source>
        <translation>{number} (যাচাই করা হয়নি)</translation>
    </message>
    <message>
        <source>This number could not be verified: it is kept as typed, never dialled or matched.</source>
        <translation>এই নম্বরটি যাচাই করা যায়নি: যেমন লেখা তেমনই রাখা আছে, এতে কখনো কল করা বা মেলানো হয় না।</translation>
    </message>
    <message>
        <source>Write to {address}</source>
        <translation>{address}-এ লিখুন</translation>
    </message>
    <message>
        <source>{address} (not verified)</source>
        <translation>{address} (যাচাই করা হয়নি)</translation>
    </message>
    <message>
        <source>This address could not be verified: it is kept as typed, never written to.</source>
        <translation>এই ঠিকানাটি যাচাই করা যায়নি: যেমন লেখা তেমনই রাখা আছে, এতে কখনো ইমেইল পাঠানো হয় না।</translation>
    </message>
    <message>
        <source>Open their Facebook page</source>
        <translation>তাঁর ফেসবুক পেজ খুলুন</translation>
    </message>
    <message>
        <source>No phone or email yet. Edit the customer to add one.</source>
        <translation>এখনো কোনো ফোন বা ইমেইল নেই। যোগ করতে গ্রাহকের তথ্য সম্পাদনা করুন।</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>মোট কেনাকাটা</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>শেষ ক্রয়</translation>
    </message>
    <message>
        <source>{amount} on {date}</source>
        <translation>{date}-এ {amount}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>এখনো নেই</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>কখনো না</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>গ্রাহক হয়েছেন</translation>
    </message>
    <message>
        <source>Lifetime value adds up this customer&apos;s purchases, refunds taken off. A won deal counts once its sale is recorded as a purchase.</source>
        <translation>মোট কেনাকাটা হলো এই গ্রাহকের সব ক্রয়ের যোগফল, ফেরত বাদে। জেতা ডিল তখনই গোনা হয়, যখন তার বিক্রিটি ক্রয় হিসেবে লেখা হয়।</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>চলমান ডিল</translation>
    </message>
    <message>
        <source>No open deals.</source>
        <translation>কোনো চলমান ডিল নেই।</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>খোলা টিকেট</translation>
    </message>
    <message>
        <source>No open tickets.</source>
        <translation>কোনো খোলা টিকেট নেই।</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>বাইরের আইডি</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>ব্যক্তি না প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>ফেসবুক</translation>
    </message>
    <message>
        <source>Owner (staff)</source>
        <translation>দায়িত্বে (কর্মী)</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>তৈরির তারিখ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>রসিদ নম্বর</translation>
    </message>
    <message>
        <source>Customer&apos;s email</source>
        <translation>গ্রাহকের ইমেইল</translation>
    </message>
    <message>
        <source>Customer&apos;s phone</source>
        <translation>গ্রাহকের ফোন</translation>
    </message>
    <message>
        <source>Customer&apos;s ID</source>
        <translation>গ্রাহকের আইডি</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মূল্য</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>সম্ভাব্য সমাপ্তি</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>মাধ্যম</translation>
    </message>
    <message>
        <source>In or out</source>
        <translation>আসা না যাওয়া</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>তারিখ ও সময়</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>ID, email or phone (recommended)</source>
        <translation>আইডি, ইমেইল বা ফোন (প্রস্তাবিত)</translation>
    </message>
    <message>
        <source>Email only</source>
        <translation>শুধু ইমেইল</translation>
    </message>
    <message>
        <source>Phone only</source>
        <translation>শুধু ফোন</translation>
    </message>
    <message>
        <source>ID only</source>
        <translation>শুধু আইডি</translation>
    </message>
    <message>
        <source>Never (always add new)</source>
        <translation>কখনো না (সবসময় নতুন যোগ করুন)</translation>
    </message>
    <message>
        <source>Update it with the file&apos;s values</source>
        <translation>ফাইলের তথ্য দিয়ে হালনাগাদ করুন</translation>
    </message>
    <message>
        <source>Leave it as it is (skip the row)</source>
        <translation>যেমন আছে রাখুন (সারিটি বাদ দিন)</translation>
    </message>
    <message>
        <source>Add a new one anyway</source>
        <translation>তবুও নতুন একটি যোগ করুন</translation>
    </message>
    <message>
        <source>Keep them as custom fields</source>
        <translation>নিজস্ব ঘর হিসেবে রাখুন</translation>
    </message>
    <message>
        <source>Add them to the notes</source>
        <translation>নোটে যোগ করুন</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Detect from the file (day first if unsure)</source>
        <translation>ফাইল দেখে ঠিক করুন (নিশ্চিত না হলে দিন আগে)</translation>
    </message>
    <message>
        <source>Day first: 25/12/2024</source>
        <translation>দিন আগে: 25/12/2024</translation>
    </message>
    <message>
        <source>Month first: 12/25/2024</source>
        <translation>মাস আগে: 12/25/2024</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>কমা ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>সেমিকোলন ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ট্যাব</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>পাইপ ( | )</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>লাইন</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>কলাম</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>সমস্যা</translation>
    </message>
    <message>
        <source>The row</source>
        <translation>সারিটি</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>আলাদা রাখা হলো</translation>
    </message>
    <message>
        <source>imported, see why</source>
        <translation>আমদানি হবে, কারণ দেখুন</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>হালনাগাদ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>বাদ পড়েছে</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ফেরানো হয়েছে</translation>
    </message>
    <message>
        <source>due in</source>
        <translation>শেষ সময়</translation>
    </message>
    <message>
        <source>for</source>
        <translation>যার জন্য</translation>
    </message>
    <message>
        <source>days ahead</source>
        <translation>দিন পরে</translation>
    </message>
    <message>
        <source>at least ৳</source>
        <translation>কমপক্ষে ৳</translation>
    </message>
    <message>
        <source>at most ৳</source>
        <translation>সর্বোচ্চ ৳</translation>
    </message>
    <message>
        <source>must NOT have it</source>
        <translation>থাকা চলবে না</translation>
    </message>
    <message>
        <source> days</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source> day</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source>the customer&apos;s owner</source>
        <translation>গ্রাহকের দায়িত্বপ্রাপ্ত জন</translation>
    </message>
    <message>
        <source>any kind</source>
        <translation>যেকোনো ধরন</translation>
    </message>
    <message>
        <source>a complaint</source>
        <translation>একটি অভিযোগ</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>একটি অনুরোধ</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>ব্যাকআপ নেওয়া যায়নি: {reason}</translation>
    </message>
    <message>
        <source>The backup made on closing failed: {reason}
Your data is saved; older backups were kept.</source>
        <translation>বন্ধ করার সময়ের ব্যাকআপ নেওয়া যায়নি: {reason}
আপনার তথ্য সংরক্ষিত আছে; পুরোনো ব্যাকআপগুলোও রাখা আছে।</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>ফিরিয়ে আনা যায়নি</translation>
    </message>
    <message>
        <source>Restored {customers} customers from the backup. The previous data was backed up.</source>
        <translation>ব্যাকআপ থেকে {customers} জন গ্রাহক ফিরিয়ে আনা হয়েছে। আগের তথ্যের ব্যাকআপ নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>জরুরি</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>কম জরুরি</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>শেষ তারিখ নেই</translation>
    </message>
    <message>
        <source>Today {time}</source>
        <translation>আজ {time}</translation>
    </message>
    <message>
        <source>Tomorrow {time}</source>
        <translation>আগামীকাল {time}</translation>
    </message>
    <message>
        <source>Yesterday {time}</source>
        <translation>গতকাল {time}</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>Not linked to a customer</source>
        <translation>কোনো গ্রাহকের সাথে যুক্ত নয়</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>এসএমএস</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>হোয়াটসঅ্যাপ</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>চ্যাট</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>সাক্ষাৎ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>সমাধান হয়েছে</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>{channel}, incoming</source>
        <translation>{channel}, গ্রাহকের দিক থেকে</translation>
    </message>
    <message>
        <source>{channel}, outgoing</source>
        <translation>{channel}, আমাদের দিক থেকে</translation>
    </message>
    <message>
        <source>Purchase: {what}</source>
        <translation>ক্রয়: {what}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Receipt {reference}</source>
        <translation>রসিদ {reference}</translation>
    </message>
    <message>
        <source>{quantity} × {item}</source>
        <translation>{quantity} × {item}</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>আরও {count}টি</translation>
    </message>
    <message>
        <source>Deal “{deal}” moved to {stage}</source>
        <translation>ডিল “{deal}” {stage} ধাপে গেছে</translation>
    </message>
    <message>
        <source>from {stage}</source>
        <translation>{stage} থেকে</translation>
    </message>
    <message>
        <source>Deal “{deal}” added in {stage}</source>
        <translation>ডিল “{deal}” {stage} ধাপে যোগ হয়েছে</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>কাজ: {title}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>যোগ করা হয়েছে</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>moved to the Trash</source>
        <translation>ট্র্যাশে সরানো হয়েছে</translation>
    </message>
    <message>
        <source>restored from the Trash</source>
        <translation>ট্র্যাশ থেকে ফিরিয়ে আনা হয়েছে</translation>
    </message>
    <message>
        <source>tagged</source>
        <translation>ট্যাগ দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>tag removed</source>
        <translation>ট্যাগ সরানো হয়েছে</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>সরানো হয়েছে</translation>
    </message>
    <message>
        <source>won</source>
        <translation>জেতা হয়েছে</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>হাতছাড়া হয়েছে</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>আবার খোলা হয়েছে</translation>
    </message>
    <message>
        <source>merged with a duplicate</source>
        <translation>একই গ্রাহকের আরেকটি এন্ট্রির সঙ্গে মেলানো হয়েছে</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>মেলানো বাতিল করা হয়েছে</translation>
    </message>
    <message>
        <source>changed by an import</source>
        <translation>আমদানিতে বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>Deal “{deal}”</source>
        <translation>ডিল “{deal}”</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>{subject} {action}</source>
        <translation>{subject} {action}</translation>
    </message>
    <message>
        <source>by {user}</source>
        <translation>{user}-এর হাতে</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Reason lost</source>
        <translation>হারানোর কারণ</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>কম</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>সাধারণ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>অভিযোগ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>অনুরোধ</translation>
    </message>
    <message numerus="yes">
        <source>%n h late</source>
        <translation>
            <numerusform>%n ঘণ্টা দেরি</numerusform>
            <numerusform>%n ঘণ্টা দেরি</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n দিন দেরি</numerusform>
            <numerusform>%n দিন দেরি</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>শেষ সময়</translation>
    </message>
    <message>
        <source>Overdue: the answer was due {due}</source>
        <translation>সময় পেরিয়েছে: উত্তর দেওয়ার কথা ছিল {due}</translation>
    </message>
    <message>
        <source>Delete this contact</source>
        <translation>এই যোগাযোগটি মুছুন</translation>
    </message>
    <message>
        <source>Deleted a contact from the timeline.</source>
        <translation>টাইমলাইন থেকে একটি যোগাযোগ মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Delete this purchase</source>
        <translation>এই ক্রয়টি মুছুন</translation>
    </message>
    <message>
        <source>Deleted a purchase; the totals no longer count it.</source>
        <translation>একটি ক্রয় মুছে ফেলা হয়েছে; মোট হিসাবে এটি আর ধরা হবে না।</translation>
    </message>
    <message>
        <source>Delete this task</source>
        <translation>এই কাজটি মুছুন</translation>
    </message>
    <message>
        <source>Deleted a task from the timeline.</source>
        <translation>টাইমলাইন থেকে একটি কাজ মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Search everything: customers, deals, tickets</source>
        <translation>সবকিছুতে খুঁজুন: গ্রাহক, ডিল, টিকেট</translation>
    </message>
    <message>
        <source>Go to Customers, Pipeline, Tasks … Settings</source>
        <translation>গ্রাহক, পাইপলাইন, কাজ … সেটিংসে যান</translation>
    </message>
    <message>
        <source>New customer (in the customer list)</source>
        <translation>নতুন গ্রাহক (গ্রাহক তালিকায়)</translation>
    </message>
    <message>
        <source>Search the customer list</source>
        <translation>গ্রাহক তালিকায় খুঁজুন</translation>
    </message>
    <message>
        <source>Open the chosen customer</source>
        <translation>বাছাই করা গ্রাহককে খুলুন</translation>
    </message>
    <message>
        <source>Back from a customer&apos;s page to the list</source>
        <translation>গ্রাহকের পাতা থেকে তালিকায় ফিরুন</translation>
    </message>
    <message>
        <source>Edit the customer whose page is open</source>
        <translation>যে গ্রাহকের পাতা খোলা, তাঁর তথ্য বদলান</translation>
    </message>
    <message>
        <source>Tag the selected customers</source>
        <translation>বাছাই করা গ্রাহকদের ট্যাগ দিন</translation>
    </message>
    <message>
        <source>Merge the selected customers</source>
        <translation>বাছাই করা গ্রাহকদের এক করুন</translation>
    </message>
    <message>
        <source>Move the selected customers to the Trash</source>
        <translation>বাছাই করা গ্রাহকদের ট্র্যাশে সরান</translation>
    </message>
    <message>
        <source>Undo the last change the status bar names</source>
        <translation>নিচের স্ট্যাটাস বারে যে শেষ পরিবর্তনের নাম আছে, সেটি ফেরান</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ফাইল আমদানি</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>ফাইলে রপ্তানি</translation>
    </message>
    <message>
        <source>Move a deal to the previous or next stage</source>
        <translation>ডিলকে আগের বা পরের ধাপে নিন</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট</translation>
    </message>
    <message>
        <source>Where my data is</source>
        <translation>আমার তথ্য কোথায় আছে</translation>
    </message>
    <message>
        <source>Everything you enter is kept in one file on this computer. Copy that file (or a backup) to keep it safe or to move to another computer.</source>
        <translation>আপনি যা লেখেন সব এই কম্পিউটারে একটি ফাইলে রাখা হয়। নিরাপদ রাখতে বা অন্য কম্পিউটারে নিতে সেই ফাইলটি (বা একটি ব্যাকআপ) কপি করুন।</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>আপনার তথ্য</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>লগ ফাইল</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;Customers, deals, tasks and tickets for a small shop, kept on this computer. No account, no internet needed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;ছোট দোকানের গ্রাহক, ডিল, কাজ ও টিকেট — সব এই কম্পিউটারেই থাকে। কোনো অ্যাকাউন্ট বা ইন্টারনেট লাগে না।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Where my data is</source>
        <translation>আমার তথ্য কোথায় আছে (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation>CRM Desktop সম্পর্কে (&amp;A)</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>CRM Desktop সম্পর্কে</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ হয়নি</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <source>Create a task</source>
        <translation>একটি কাজ তৈরি করুন</translation>
    </message>
    <message>
        <source>Send an email</source>
        <translation>একটি ইমেইল পাঠান</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>একটি ট্যাগ যোগ করুন</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>একটি ট্যাগ সরান</translation>
    </message>
    <message>
        <source>Log a note on the timeline</source>
        <translation>টাইমলাইনে একটি নোট লিখুন</translation>
    </message>
    <message>
        <source>Move the deal to a stage</source>
        <translation>ডিলটি একটি ধাপে সরান</translation>
    </message>
    <message>
        <source>Customer has tag</source>
        <translation>গ্রাহকের ট্যাগ আছে</translation>
    </message>
    <message>
        <source>Owner is</source>
        <translation>দায়িত্বে আছেন</translation>
    </message>
    <message>
        <source>Customer came from</source>
        <translation>গ্রাহক এসেছেন</translation>
    </message>
    <message>
        <source>Deal value or purchase amount</source>
        <translation>ডিলের মূল্য বা ক্রয়ের পরিমাণ</translation>
    </message>
    <message>
        <source>RFM segment is</source>
        <translation>কেনাকাটার ধরন অনুযায়ী দল</translation>
    </message>
    <message>
        <source>A deal enters a stage</source>
        <translation>কোনো ডিল একটি ধাপে গেলে</translation>
    </message>
    <message>
        <source>A deal is won</source>
        <translation>কোনো ডিল জিতলে</translation>
    </message>
    <message>
        <source>A deal is lost</source>
        <translation>কোনো ডিল হারালে</translation>
    </message>
    <message>
        <source>A customer is added</source>
        <translation>নতুন গ্রাহক যোগ হলে</translation>
    </message>
    <message>
        <source>A purchase is recorded</source>
        <translation>কোনো ক্রয় লেখা হলে</translation>
    </message>
    <message>
        <source>A ticket is opened</source>
        <translation>কোনো টিকেট খোলা হলে</translation>
    </message>
    <message>
        <source>A ticket passes its due time</source>
        <translation>কোনো টিকেটের সময় পেরোলে</translation>
    </message>
    <message>
        <source>No contact with a customer for N days</source>
        <translation>N দিন কোনো গ্রাহকের সাথে যোগাযোগ না হলে</translation>
    </message>
    <message>
        <source>No purchase for N days</source>
        <translation>N দিন কোনো ক্রয় না হলে</translation>
    </message>
    <message>
        <source>A customer&apos;s birthday</source>
        <translation>গ্রাহকের জন্মদিনে</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>Email &amp;sending…</source>
        <translation>ইমেইল পাঠানো (&amp;S)…</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Moved “{deal}” to {stage}.</source>
        <translation>“{deal}” {stage} ধাপে সরানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>e.g. Eid offer 2026</source>
        <translation>যেমন ঈদ অফার ২০২৬</translation>
    </message>
    <message>
        <source>Send to the segment</source>
        <translation>দলের সবাইকে পাঠান</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>নতুন ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>গ্রাহক-দল</translation>
    </message>
    <message>
        <source>Email template</source>
        <translation>ইমেইল টেমপ্লেট</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>যোগাযোগ করবেন না</translation>
    </message>
    <message>
        <source>Add a customer who asked for no emails…</source>
        <translation>ইমেইল না চাওয়া গ্রাহক যোগ করুন…</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>তালিকা থেকে সরান</translation>
    </message>
    <message>
        <source> days</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source>Sent campaigns</source>
        <translation>পাঠানো ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Bought within</source>
        <translation>যত দিনের মধ্যে কিনেছেন</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>প্রাপক</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>পৌঁছেছে</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>কিনেছেন</translation>
    </message>
    <message>
        <source>For</source>
        <translation>কত টাকার</translation>
    </message>
    <message>
        <source>Show recipients</source>
        <translation>প্রাপকদের দেখুন</translation>
    </message>
    <message>
        <source>Save a segment and a template first</source>
        <translation>আগে একটি গ্রাহক-দল ও একটি টেমপ্লেট সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>To send a campaign, first save a segment in the Segments tab (who gets the email) and a template in the Email templates tab (what it says).</source>
        <translation>ক্যাম্পেইন পাঠাতে আগে “গ্রাহক-দল” ট্যাবে একটি দল সংরক্ষণ করুন (কারা ইমেইল পাবেন) আর “ইমেইল টেমপ্লেট” ট্যাবে একটি টেমপ্লেট (ইমেইলে কী লেখা থাকবে)।</translation>
    </message>
    <message>
        <source>To send a campaign, first save a segment in the Segments tab: who gets the email.</source>
        <translation>ক্যাম্পেইন পাঠাতে আগে “গ্রাহক-দল” ট্যাবে একটি দল সংরক্ষণ করুন: কারা ইমেইল পাবেন।</translation>
    </message>
    <message>
        <source>To send a campaign, first save a template in the Email templates tab: what the email says.</source>
        <translation>ক্যাম্পেইন পাঠাতে আগে “ইমেইল টেমপ্লেট” ট্যাবে একটি টেমপ্লেট সংরক্ষণ করুন: ইমেইলে কী লেখা থাকবে।</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>ক্যাম্পেইন পাঠান</translation>
    </message>
    <message>
        <source>Email “{template}” to everyone in “{segment}” who can be emailed?</source>
        <translation>“{segment}”-এর যাঁদের ইমেইল করা যায়, তাঁদের সবাইকে “{template}” পাঠাবেন?</translation>
    </message>
    <message>
        <source>{queued} emails queued; {no_email} have no address, {quiet} asked not to be contacted.</source>
        <translation>{queued}টি ইমেইল পাঠানোর অপেক্ষায়; {no_email} জনের ঠিকানা নেই, {quiet} জন যোগাযোগ না করতে বলেছেন।</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>Campaigns</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>গ্রাহক-দল</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>ইমেইল টেমপ্লেট</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>আউটবক্স</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>No activity {days}d</source>
        <translation>{days} দিন কোনো কাজ নেই</translation>
    </message>
    <message>
        <source>{days}d in stage</source>
        <translation>এই ধাপে {days} দিন</translation>
    </message>
    <message>
        <source>{days}d ago</source>
        <translation>{days} দিন আগে</translation>
    </message>
    <message>
        <source>{days}d</source>
        <translation>{days} দিন</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Call</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>এসএমএস</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>হোয়াটসঅ্যাপ</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>ফেসবুক</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>চ্যাট</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>মিটিং</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>সাক্ষাৎ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>নোট</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save this chart or its data</source>
        <translation>এই চার্ট বা এর তথ্য সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>{label} — click to see these customers</source>
        <translation>{label} — এই গ্রাহকদের দেখতে ক্লিক করুন</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>PNG ছবি হিসেবে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>Save as SVG image…</source>
        <translation>SVG ছবি হিসেবে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>তথ্য CSV হিসেবে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG ছবি (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG ছবি (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ হয়নি</translation>
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation>{file} লেখা যাচ্ছে না: {reason}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Sales and customers report</source>
        <translation>বিক্রয় ও গ্রাহক রিপোর্ট</translation>
    </message>
    <message>
        <source>{span} · made {when}</source>
        <translation>{span} · তৈরি {when}</translation>
    </message>
    <message>
        <source>Top customers by lifetime value</source>
        <translation>মোট কেনাকাটায় শীর্ষ গ্রাহক</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>এখনো কোনো ক্রয় নেই।</translation>
    </message>
    <message>
        <source>Tickets in the period: {opened} opened, {resolved} resolved</source>
        <translation>এই সময়ের টিকেট: {opened}টি খোলা হয়েছে, {resolved}টি সমাধান হয়েছে</translation>
    </message>
    <message>
        <source>resolved in {hours} hours on average</source>
        <translation>গড়ে {hours} ঘণ্টায় সমাধান</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>সেবা</translation>
    </message>
    <message>
        <source>New customers by source</source>
        <translation>উৎস অনুযায়ী নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>No new customers in this period.</source>
        <translation>এই সময়ে কোনো নতুন গ্রাহক নেই।</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(উৎস নেই)</translation>
    </message>
    <message>
        <source>Other sources</source>
        <translation>অন্যান্য উৎস</translation>
    </message>
    <message>
        <source>{count} new customers in the period</source>
        <translation>এই সময়ে {count} জন নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Interactions by channel</source>
        <translation>মাধ্যম অনুযায়ী যোগাযোগ</translation>
    </message>
    <message>
        <source>No calls, messages or visits were logged in this period.</source>
        <translation>এই সময়ে কোনো কল, মেসেজ বা সাক্ষাৎ লেখা হয়নি।</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>{count} interactions in the period</source>
        <translation>এই সময়ে {count}টি যোগাযোগ</translation>
    </message>
    <message>
        <source>Customer segments (RFM)</source>
        <translation>কেনাকাটার ধরন অনুযায়ী গ্রাহক-দল</translation>
    </message>
    <message>
        <source>Nobody bought in this period, so there is nobody to segment.</source>
        <translation>এই সময়ে কেউ কেনেননি, তাই ভাগ করার মতো কেউ নেই।</translation>
    </message>
    <message>
        <source>{count} customers who bought in the period, by recency, frequency and spend</source>
        <translation>এই সময়ে কেনা {count} জন গ্রাহক, সাম্প্রতিকতা, কেনার হার ও খরচ অনুযায়ী</translation>
    </message>
    <message>
        <source>Revenue by month</source>
        <translation>মাসভিত্তিক আয়</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>ধাপ অনুযায়ী পাইপলাইন</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>জেতা ও হারানো ডিল</translation>
    </message>
    <message>
        <source>Goals: actual against target</source>
        <translation>লক্ষ্য: অর্জন বনাম লক্ষ্যমাত্রা</translation>
    </message>
    <message>
        <source>Purchases, net of refunds</source>
        <translation>ক্রয়, ফেরত বাদে</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>Purchases {purchases} · won deals {deals}</source>
        <translation>ক্রয় {purchases} · জেতা ডিল {deals}</translation>
    </message>
    <message>
        <source>also in {codes} (see the CSV)</source>
        <translation>{codes}-এও আছে (CSV দেখুন)</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>১টি ডিল</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>{count}টি ডিল</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>চলমান মূল্য</translation>
    </message>
    <message>
        <source>Weighted by probability</source>
        <translation>সম্ভাবনা অনুযায়ী মূল্য</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>Open deals now; won and lost deals closed in the period</source>
        <translation>এখনকার চলমান ডিল; এই সময়ে শেষ হওয়া জেতা ও হারানো ডিল</translation>
    </message>
    <message>
        <source>No deals were won or lost in this period.</source>
        <translation>এই সময়ে কোনো ডিল জেতা বা হারানো হয়নি।</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>জেতার হার</translation>
    </message>
    <message>
        <source>Win rate {rate} · {won} won, {lost} lost</source>
        <translation>জেতার হার {rate} · {won}টি জেতা, {lost}টি হারানো</translation>
    </message>
    <message>
        <source>{days} days to close on average</source>
        <translation>শেষ হতে গড়ে {days} দিন</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>আয় ({currency})</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>No goals are set for these months.
Use “Goals…” to set monthly targets.</source>
        <translation>এই মাসগুলোর কোনো লক্ষ্য ঠিক করা নেই।
মাসিক লক্ষ্য ঠিক করতে “লক্ষ্য…” ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>Bars: achieved (green when the target is reached) · line: target</source>
        <translation>বার: অর্জন (লক্ষ্য পূরণ হলে সবুজ) · রেখা: লক্ষ্য</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Changed by another window or program since you opened it: now &apos;{theirs}&apos;. Save again to keep yours, or type theirs.</source>
        <translation>আপনি খোলার পর অন্য একটি উইন্ডো বা প্রোগ্রাম এটি বদলেছে: এখন &apos;{theirs}&apos;। আপনারটি রাখতে আবার সংরক্ষণ করুন, অথবা তাদেরটি লিখুন।</translation>
    </message>
</context>
<context>
    <name>ContactPoints</name>
    <message>
        <source>the phone number is empty</source>
        <translation>ফোন নম্বর ফাঁকা</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number</source>
        <translation>&apos;{text}&apos; কোনো ফোন নম্বর নয়</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has the wrong number of digits for a phone number</source>
        <translation>&apos;{text}&apos; ফোন নম্বরে অঙ্কের সংখ্যা ঠিক নেই</translation>
    </message>
    <message>
        <source>the email address is empty</source>
        <translation>ইমেইল ঠিকানা ফাঁকা</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid email address: {reason}</source>
        <translation>&apos;{text}&apos; সঠিক ইমেইল ঠিকানা নয়: {reason}</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>ইমেইল ঠিকানায় একটি @-চিহ্ন থাকতেই হবে।</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>@-চিহ্নের আগে কিছু থাকতে হবে।</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>@-চিহ্নের পরে কিছু থাকতে হবে।</translation>
    </message>
    <message>
        <source>There can&apos;t be anything after the email address.</source>
        <translation>ইমেইল ঠিকানার পরে আর কিছু থাকতে পারবে না।</translation>
    </message>
    <message>
        <source>The email address is not valid ASCII.</source>
        <translation>ইমেইল ঠিকানায় অচল অক্ষর আছে (ASCII নয়)।</translation>
    </message>
    <message>
        <source>The email address contains an invalid character.</source>
        <translation>ইমেইল ঠিকানায় একটি অচল অক্ষর আছে।</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign: {chars}.</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের আগে অচল অক্ষর আছে: {chars}।</translation>
    </message>
    <message>
        <source>The email address contains invalid characters before the @-sign.</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের আগে অচল অক্ষর আছে।</translation>
    </message>
    <message>
        <source>The email address contains invalid characters in quotes before the @-sign: {chars}.</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের আগে উদ্ধৃতিচিহ্নের ভেতরে অচল অক্ষর আছে: {chars}।</translation>
    </message>
    <message>
        <source>The email address contains unsafe characters: {chars}.</source>
        <translation>ইমেইল ঠিকানায় অনিরাপদ অক্ষর আছে: {chars}।</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters: {chars}.</source>
        <translation>@-চিহ্নের পরের অংশে অচল অক্ষর আছে: {chars}।</translation>
    </message>
    <message>
        <source>The part after the @-sign contains invalid characters after Unicode normalization: {chars}.</source>
        <translation>ইউনিকোড স্বাভাবিক করার পর @-চিহ্নের পরের অংশে অচল অক্ষর পাওয়া গেছে: {chars}।</translation>
    </message>
    <message>
        <source>Internationalized characters before the @-sign are not supported: {chars}.</source>
        <translation>@-চিহ্নের আগে ইংরেজি ছাড়া অন্য অক্ষর চলবে না: {chars}।</translation>
    </message>
    <message>
        <source>Internationalized characters before the @-sign are not supported.</source>
        <translation>@-চিহ্নের আগে ইংরেজি ছাড়া অন্য অক্ষর চলবে না।</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>ইমেইল ঠিকানা ডট (.) দিয়ে শুরু হতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>ইমেইল ঠিকানা ডট (.) দিয়ে শেষ হতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot end with a hyphen.</source>
        <translation>ইমেইল ঠিকানা হাইফেন (-) দিয়ে শেষ হতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately before the @-sign.</source>
        <translation>@-চিহ্নের ঠিক আগে ডট (.) থাকতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot have a period immediately after the @-sign.</source>
        <translation>@-চিহ্নের ঠিক পরে ডট (.) থাকতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>@-চিহ্নের ঠিক পরে হাইফেন (-) থাকতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>ইমেইল ঠিকানায় পরপর দুটি ডট (..) থাকতে পারে না।</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>ইমেইল ঠিকানায় ডট আর হাইফেন পাশাপাশি থাকতে পারে না।</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>@-চিহ্নের পরের অংশটি ঠিক নেই। এতে একটি ডট (.) থাকা উচিত, যেমন gmail.com।</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It is not within a valid top-level domain.</source>
        <translation>@-চিহ্নের পরের অংশটি ঠিক নেই। শেষের অংশটি (যেমন .com, .bd) সঠিক ডোমেইন নয়।</translation>
    </message>
    <message>
        <source>The part after the @-sign is a special-use or reserved name that cannot be used with email.</source>
        <translation>@-চিহ্নের পরের নামটি বিশেষ কাজে সংরক্ষিত; ইমেইলে এটি ব্যবহার করা যায় না।</translation>
    </message>
    <message>
        <source>The email address is too long before the @-sign ({count} character too many).</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের আগের অংশ বেশি লম্বা ({count}টি অক্ষর বেশি)।</translation>
    </message>
    <message>
        <source>The email address is too long before the @-sign ({count} characters too many).</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের আগের অংশ বেশি লম্বা ({count}টি অক্ষর বেশি)।</translation>
    </message>
    <message>
        <source>The email address is too long after the @-sign ({count} character too many).</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের পরের অংশ বেশি লম্বা ({count}টি অক্ষর বেশি)।</translation>
    </message>
    <message>
        <source>The email address is too long after the @-sign ({count} characters too many).</source>
        <translation>ইমেইল ঠিকানায় @-চিহ্নের পরের অংশ বেশি লম্বা ({count}টি অক্ষর বেশি)।</translation>
    </message>
    <message>
        <source>The email address has the &quot;full-width&quot; at-sign (@) character instead of a regular at-sign.</source>
        <translation>ইমেইল ঠিকানায় সাধারণ @-চিহ্নের বদলে চওড়া (full-width) @-চিহ্ন আছে।</translation>
    </message>
    <message>
        <source>The email address has the &quot;small commercial at&quot; character instead of a regular at-sign.</source>
        <translation>ইমেইল ঠিকানায় সাধারণ @-চিহ্নের বদলে ছোট আকারের @-চিহ্ন আছে।</translation>
    </message>
    <message>
        <source>A display name and angle brackets around the email address are not permitted here.</source>
        <translation>এখানে শুধু ইমেইল ঠিকানা লিখুন; নাম বা &lt; &gt; বন্ধনী চলবে না।</translation>
    </message>
    <message>
        <source>Quoting the part before the @-sign is not allowed here.</source>
        <translation>এখানে @-চিহ্নের আগের অংশ উদ্ধৃতিচিহ্নে রাখা চলবে না।</translation>
    </message>
    <message>
        <source>A bracketed IP address after the @-sign is not allowed here.</source>
        <translation>এখানে @-চিহ্নের পরে বন্ধনীতে IP ঠিকানা চলবে না।</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPage</name>
    <message>
        <source>← Customers</source>
        <translation>← গ্রাহক</translation>
    </message>
    <message>
        <source>Back to the list (Alt+Left)</source>
        <translation>তালিকায় ফিরে যান (Alt+Left)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>সম্পাদনা</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Move this customer to the Trash (Undo brings it back)</source>
        <translation>এই গ্রাহককে ট্র্যাশে সরান (“ফিরিয়ে নিন” চাপলে আবার ফিরে আসবে)</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>কাজ যোগ করুন</translation>
    </message>
    <message>
        <source>Add deal</source>
        <translation>ডিল যোগ করুন</translation>
    </message>
    <message>
        <source>Add purchase</source>
        <translation>ক্রয় যোগ করুন</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>টিকেট খুলুন</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>এই সংস্করণে এখনো নেই।</translation>
    </message>
    <message>
        <source>Nothing here yet. Log a call or a visit above.</source>
        <translation>এখানে এখনো কিছু নেই। ওপরে একটি কল বা সাক্ষাৎ লিখুন।</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>টাইমলাইন</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>টিকেট</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>পরিবর্তন</translation>
    </message>
    <message>
        <source>{channel} {whom}, from the app</source>
        <translation>{channel} {whom}, অ্যাপ থেকে</translation>
    </message>
    <message>
        <source>Logged: {channel} {whom}. Type a note below to add what was said.</source>
        <translation>লেখা হয়েছে: {channel} {whom}। কী কথা হলো তা নিচে নোটে লিখুন।</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>গ্রাহকের তথ্য সম্পাদনা</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>e.g. Rahim Uddin or রহিম উদ্দিন</source>
        <translation>যেমন রহিম উদ্দিন বা Rahim Uddin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>ব্যক্তি</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>e.g. 01712-345678</source>
        <translation>যেমন 01712-345678</translation>
    </message>
    <message>
        <source>Add another phone</source>
        <translation>আরেকটি ফোন যোগ করুন</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add another email</source>
        <translation>আরেকটি ইমেইল যোগ করুন</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Separated by commas, e.g. VIP, Wholesale</source>
        <translation>কমা দিয়ে আলাদা করুন, যেমন VIP, পাইকারি</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>ফেসবুক</translation>
    </message>
    <message>
        <source>Profile link or username</source>
        <translation>প্রোফাইল লিংক বা ইউজারনেম</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ঠিকানা</translation>
    </message>
    <message>
        <source>City</source>
        <translation>শহর</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>Day/month/year, optional</source>
        <translation>দিন/মাস/বছর, ঐচ্ছিক</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>How they found you, e.g. Facebook page</source>
        <translation>আপনাকে কোথায় পেলেন, যেমন ফেসবুক পেজ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>{reason} It will be saved as typed, marked “not verified”, and never dialled or matched.</source>
        <translation>{reason} এটি যেমন লেখা তেমনই “যাচাই করা হয়নি” চিহ্ন দিয়ে সংরক্ষণ হবে, এতে কখনো কল করা বা মেলানো হবে না।</translation>
    </message>
    <message>
        <source>{reason} It will be saved as typed, marked “not verified”, and never written to.</source>
        <translation>{reason} এটি যেমন লেখা তেমনই “যাচাই করা হয়নি” চিহ্ন দিয়ে সংরক্ষণ হবে, এতে কখনো ইমেইল পাঠানো হবে না।</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>কেউ নয়</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>শেষ যোগাযোগ</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>মোট কেনাকাটা</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>যোগের তারিখ</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ট্র্যাশ</translation>
    </message>
    <message>
        <source>Customers you deleted; restore them or empty the Trash</source>
        <translation>আপনার মুছে ফেলা গ্রাহক; ফিরিয়ে আনুন বা ট্র্যাশ খালি করুন</translation>
    </message>
    <message>
        <source>Duplicates…</source>
        <translation>একই গ্রাহক দুবার…</translation>
    </message>
    <message>
        <source>Find customers entered twice and merge them</source>
        <translation>দুবার লেখা গ্রাহক খুঁজে এক করুন</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+N)</source>
        <translation>গ্রাহক যোগ করুন (Ctrl+N)</translation>
    </message>
    <message>
        <source>Show only customers with this tag</source>
        <translation>শুধু এই ট্যাগের গ্রাহক দেখান</translation>
    </message>
    <message>
        <source>Show only customers of this owner</source>
        <translation>শুধু এই দায়িত্বপ্রাপ্ত জনের গ্রাহক দেখান</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Add a tag to the selected…</source>
        <translation>বাছাই করাদের ট্যাগ দিন…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected…</source>
        <translation>বাছাই করাদের ট্যাগ সরান…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>এক করুন…</translation>
    </message>
    <message>
        <source>Merge the selected duplicates into one customer (Ctrl+M)</source>
        <translation>বাছাই করা একই গ্রাহকের এন্ট্রিগুলো এক গ্রাহকে মিলিয়ে দিন (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Move the selected customers to the Trash (Delete)</source>
        <translation>বাছাই করা গ্রাহকদের ট্র্যাশে সরান (Delete)</translation>
    </message>
    <message>
        <source>Showing: {title}  ✕</source>
        <translation>দেখানো হচ্ছে: {title}  ✕</translation>
    </message>
    <message>
        <source>a selection</source>
        <translation>বাছাই করা কয়েকজন</translation>
    </message>
    <message>
        <source>Search name, phone, email, tag or note</source>
        <translation>নাম, ফোন, ইমেইল, ট্যাগ বা নোট খুঁজুন</translation>
    </message>
    <message>
        <source>Search as you type (Ctrl+F)</source>
        <translation>লিখতে লিখতেই খোঁজে (Ctrl+F)</translation>
    </message>
    <message>
        <source>Showing only: {title}. Click to show all customers again.</source>
        <translation>শুধু দেখানো হচ্ছে: {title}। সব গ্রাহক আবার দেখতে ক্লিক করুন।</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>সব ট্যাগ</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>যেকোনো দায়িত্বপ্রাপ্ত</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>১ জন গ্রাহক</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} জন গ্রাহক</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>এই ফিল্টারে কোনো গ্রাহক মেলেনি।</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>এখনো কোনো গ্রাহক নেই।</translation>
    </message>
    <message>
        <source>1 selected</source>
        <translation>১ জন বাছাই করা</translation>
    </message>
    <message>
        <source>{n} selected</source>
        <translation>{n} জন বাছাই করা</translation>
    </message>
    <message>
        <source>Select customers to tag, merge or delete them:</source>
        <translation>ট্যাগ দিতে, মেলাতে বা মুছতে গ্রাহক বাছুন:</translation>
    </message>
    <message>
        <source>Tag the selected customers with:</source>
        <translation>বাছাই করা গ্রাহকদের যে ট্যাগ দেবেন:</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>একটি ট্যাগ যোগ করুন</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>ট্যাগ যোগ করুন</translation>
    </message>
    <message>
        <source>Remove this tag from the selected customers:</source>
        <translation>বাছাই করা গ্রাহকদের থেকে যে ট্যাগ সরাবেন:</translation>
    </message>
    <message>
        <source>Remove a tag</source>
        <translation>একটি ট্যাগ সরান</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>ট্যাগ সরান</translation>
    </message>
    <message>
        <source>Tagged 1 customer “{tag}”.</source>
        <translation>১ জন গ্রাহককে “{tag}” ট্যাগ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Tagged {n} customers “{tag}”.</source>
        <translation>{n} জন গ্রাহককে “{tag}” ট্যাগ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Removed “{tag}” from 1 customer.</source>
        <translation>১ জন গ্রাহক থেকে “{tag}” ট্যাগ সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>Removed “{tag}” from {n} customers.</source>
        <translation>{n} জন গ্রাহক থেকে “{tag}” ট্যাগ সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>Merged into “{name}”.</source>
        <translation>“{name}”-এর সঙ্গে এক করা হয়েছে।</translation>
    </message>
    <message>
        <source>Merged {n} customers into “{name}”.</source>
        <translation>{n} জন গ্রাহককে “{name}”-এর সঙ্গে এক করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name or phone number…</source>
        <translation>নাম বা ফোন নম্বর লিখুন…</translation>
    </message>
</context>
<context>
    <name>CustomersView</name>
    <message>
        <source>Customer added.</source>
        <translation>গ্রাহক যোগ হয়েছে।</translation>
    </message>
    <message>
        <source>Moved 1 customer to the Trash.</source>
        <translation>১ জন গ্রাহককে ট্র্যাশে সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>Moved {n} customers to the Trash.</source>
        <translation>{n} জন গ্রাহককে ট্র্যাশে সরানো হয়েছে।</translation>
    </message>
    <message>
        <source>Brought 1 customer back from the Trash.</source>
        <translation>১ জন গ্রাহককে ট্র্যাশ থেকে ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Brought {n} customers back from the Trash.</source>
        <translation>{n} জন গ্রাহককে ট্র্যাশ থেকে ফিরিয়ে আনা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>নতুন ডিল</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>What is being sold, e.g. “50 school uniforms”</source>
        <translation>কী বিক্রি হচ্ছে, যেমন “৫০টি স্কুল ইউনিফর্ম”</translation>
    </message>
    <message>
        <source>e.g. 25,000</source>
        <translation>যেমন 25,000</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মূল্য</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>কেউ নয়</translation>
    </message>
    <message>
        <source>Expected to close by</source>
        <translation>সম্ভাব্য সমাপ্তির তারিখ</translation>
    </message>
    <message>
        <source>choose a customer from the list</source>
        <translation>তালিকা থেকে একজন গ্রাহক বাছুন</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>ডিলের একটি শিরোনাম দিন</translation>
    </message>
</context>
<context>
    <name>DefaultPipeline</name>
    <message>
        <source>Sales</source>
        <translation>বিক্রয়</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>নতুন লিড</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>যাচাইকৃত</translation>
    </message>
    <message>
        <source>Quote sent</source>
        <translation>কোটেশন পাঠানো</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>দর-কষাকষি</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
</context>
<context>
    <name>DefaultUser</name>
    <message>
        <source>Owner</source>
        <translation>মালিক</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <source>Check before importing</source>
        <translation>আমদানির আগে যাচাই</translation>
    </message>
    <message>
        <source>Every row was read and checked against the list; nothing has been changed yet.</source>
        <translation>প্রতিটি সারি পড়ে তালিকার সাথে মিলিয়ে দেখা হয়েছে; এখনো কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>যাচাই বাতিল করা হয়েছে।</translation>
    </message>
    <message>
        <source>new</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>হালনাগাদ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>বাদ</translation>
    </message>
    <message>
        <source>with problems</source>
        <translation>সমস্যাযুক্ত</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>যাচাই চলছে…</translation>
    </message>
    <message>
        <source>Some rows name customers who are not in the list: go back and tick “Add customers that the file names but the list lacks” to add them.</source>
        <translation>কিছু সারিতে এমন গ্রাহকের নাম আছে যাঁরা তালিকায় নেই: ফিরে গিয়ে “ফাইলে নাম আছে কিন্তু তালিকায় নেই এমন গ্রাহক যোগ করুন” বেছে নিলে তাঁরা যোগ হবেন।</translation>
    </message>
    <message>
        <source>{count} warning(s), listed below in grey: those rows are imported; odd phone numbers and emails are kept as written, not verified.</source>
        <translation>{count}টি সতর্কতা, নিচে ধূসর রঙে: এই সারিগুলো আমদানি হবে; অদ্ভুত ফোন নম্বর ও ইমেইল যেমন লেখা তেমনই রাখা হবে, যাচাই ছাড়া।</translation>
    </message>
    <message>
        <source>{count} row(s) have problems, listed below. Go back and choose to set aside the rows with problems, or fix the file and start again.</source>
        <translation>{count}টি সারিতে সমস্যা আছে, নিচে দেখানো হলো। পেছনে গিয়ে সমস্যাযুক্ত সারিগুলো আলাদা রাখার বিকল্প বেছে নিন, অথবা ফাইল ঠিক করে আবার শুরু করুন।</translation>
    </message>
    <message>
        <source>Nothing to import: every row is already in the list or has problems.</source>
        <translation>আমদানির মতো কিছু নেই: প্রতিটি সারি হয় আগেই তালিকায় আছে, নয়তো তাতে সমস্যা আছে।</translation>
    </message>
    <message>
        <source>Ready. Press Import to write these changes; the {count} row(s) with problems will be set aside in a file. You can undo the import later.</source>
        <translation>প্রস্তুত। পরিবর্তনগুলো লিখতে আমদানি চাপুন; সমস্যাযুক্ত {count}টি সারি একটি ফাইলে আলাদা রাখা হবে। পরে আমদানি ফিরিয়েও নিতে পারবেন।</translation>
    </message>
    <message>
        <source>Ready. Press Import to write these changes; you can undo them later.</source>
        <translation>প্রস্তুত। পরিবর্তনগুলো লিখতে আমদানি চাপুন; পরে ফিরিয়েও নিতে পারবেন।</translation>
    </message>
</context>
<context>
    <name>DueTimesDialog</name>
    <message>
        <source>Ticket due times</source>
        <translation>টিকেটের উত্তরের সময়</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ঘণ্টা</translation>
    </message>
    <message>
        <source>A new ticket is due this long after it is opened.</source>
        <translation>নতুন টিকেট খোলার পর এতক্ষণের মধ্যে উত্তর দিতে হবে।</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>সম্ভবত একই গ্রাহক</translation>
    </message>
    <message>
        <source>Looking for customers entered twice…</source>
        <translation>দুবার লেখা গ্রাহক খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>Also show customers who only share a name</source>
        <translation>শুধু নাম মিলে যাওয়া গ্রাহকদেরও দেখান</translation>
    </message>
    <message>
        <source>Many different people have the same name; a shared phone or email is a surer sign.</source>
        <translation>অনেক আলাদা মানুষের নাম একই হয়; একই ফোন বা ইমেইল থাকাটা আরও নিশ্চিত লক্ষণ।</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>এক করুন…</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>একই নয়</translation>
    </message>
    <message>
        <source>These are different customers: don&apos;t suggest them again</source>
        <translation>এঁরা আলাদা গ্রাহক: আর দেখাবেন না</translation>
    </message>
    <message>
        <source>No duplicates found: no two customers share a phone, an email or a name.</source>
        <translation>একই গ্রাহক দুবার পাওয়া যায়নি: কোনো দুজন গ্রাহকের ফোন, ইমেইল বা নাম এক নয়।</translation>
    </message>
    <message>
        <source>1 group of customers looks like one person entered more than once</source>
        <translation>১টি দলে একই মানুষকে একাধিকবার লেখা হয়েছে বলে মনে হচ্ছে</translation>
    </message>
    <message>
        <source>{n} groups of customers look like one person entered more than once</source>
        <translation>{n}টি দলে একই মানুষকে একাধিকবার লেখা হয়েছে বলে মনে হচ্ছে</translation>
    </message>
    <message>
        <source>1 shares a phone or an email (listed first)</source>
        <translation>১টিতে ফোন বা ইমেইল এক (এগুলো আগে দেখানো হয়েছে)</translation>
    </message>
    <message>
        <source>{n} share a phone or an email (listed first)</source>
        <translation>{n}টিতে ফোন বা ইমেইল এক (এগুলো আগে দেখানো হয়েছে)</translation>
    </message>
    <message>
        <source>1 that only shares a name is hidden</source>
        <translation>শুধু নাম মেলে এমন ১টি লুকানো আছে</translation>
    </message>
    <message>
        <source>{n} that only share a name are hidden</source>
        <translation>শুধু নাম মেলে এমন {n}টি লুকানো আছে</translation>
    </message>
    <message>
        <source>the first {n} are listed; merge or set some aside to see more</source>
        <translation>প্রথম {n}টি দেখানো হলো; আরও দেখতে কয়েকটি এক করুন বা সরিয়ে রাখুন</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>একই ফোন {value}</translation>
    </message>
    <message>
        <source>same email {value}</source>
        <translation>একই ইমেইল {value}</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>একই নাম</translation>
    </message>
</context>
<context>
    <name>EmailSettingsDialog</name>
    <message>
        <source>Email sending</source>
        <translation>ইমেইল পাঠানো</translation>
    </message>
    <message>
        <source>Shown as {shop_name} in emails</source>
        <translation>ইমেইলে {shop_name} হিসেবে দেখাবে</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (পোর্ট 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (পোর্ট 465)</translation>
    </message>
    <message>
        <source>None (not encrypted)</source>
        <translation>কিছু না (এনক্রিপ্ট করা নয়)</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>দোকানের নাম</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>মেইল সার্ভার</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>নিরাপত্তা</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>পোর্ট</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ইউজারনেম</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>প্রেরকের ঠিকানা</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>প্রেরকের নাম</translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keyring (Credential Manager, Keychain), never in the data file. Leave it empty to keep the saved one.</source>
        <translation>পাসওয়ার্ড রাখা হয় এই কম্পিউটারের কি-রিংয়ে (Credential Manager, Keychain), কখনো তথ্যের ফাইলে নয়। আগের সংরক্ষিতটি রাখতে ঘরটি ফাঁকা রাখুন।</translation>
    </message>
    <message>
        <source>This computer has no password keyring, so the email password cannot be kept safely. On Linux, install and unlock GNOME Keyring (or KWallet), then save again. The password is never written anywhere else.</source>
        <translation>এই কম্পিউটারে পাসওয়ার্ড রাখার কোনো কি-রিং নেই, তাই ইমেইলের পাসওয়ার্ড নিরাপদে রাখা যাচ্ছে না। লিনাক্সে GNOME Keyring (বা KWallet) ইনস্টল করে খুলুন, তারপর আবার সংরক্ষণ করুন। পাসওয়ার্ড অন্য কোথাও কখনো লেখা হয় না।</translation>
    </message>
    <message>
        <source>The password keyring is locked. Unlock it (for example by logging in again), then save again.</source>
        <translation>পাসওয়ার্ডের কি-রিং তালাবদ্ধ। সেটি খুলুন (যেমন আবার লগ-ইন করে), তারপর আবার সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>The password keyring did not accept the password. Save again; the log has the details.</source>
        <translation>পাসওয়ার্ডের কি-রিং পাসওয়ার্ডটি নেয়নি। আবার সংরক্ষণ করুন; বিস্তারিত লগে আছে।</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>রপ্তানি</translation>
    </message>
    <message>
        <source>Only the {count} customers in the current list</source>
        <translation>শুধু এখনকার তালিকার {count} জন গ্রাহক</translation>
    </message>
    <message>
        <source>For Excel (so Bengali letters show right)</source>
        <translation>এক্সেলের জন্য (যাতে বাংলা অক্ষর ঠিকমতো দেখায়)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>খুঁজে নিন…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>যে নামে সংরক্ষণ</translation>
    </message>
    <message>
        <source>Customers (CSV)</source>
        <translation>গ্রাহক (CSV)</translation>
    </message>
    <message>
        <source>Purchases (CSV)</source>
        <translation>ক্রয় (CSV)</translation>
    </message>
    <message>
        <source>Deals (CSV)</source>
        <translation>ডিল (CSV)</translation>
    </message>
    <message>
        <source>Interactions (CSV)</source>
        <translation>যোগাযোগ (CSV)</translation>
    </message>
    <message>
        <source>Tasks (CSV)</source>
        <translation>কাজ (CSV)</translation>
    </message>
    <message>
        <source>Customers as contacts for a phone (vCard)</source>
        <translation>ফোনের কন্টাক্ট হিসেবে গ্রাহক (vCard)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>যেখানে রপ্তানি</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard ফাইল (*.vcf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>রপ্তানি চলছে…</translation>
    </message>
    <message>
        <source>{count} rows written to {name} (&lt;a href=&quot;{url}&quot;&gt;open the folder&lt;/a&gt;).</source>
        <translation>{name}-এ {count}টি সারি লেখা হয়েছে (&lt;a href=&quot;{url}&quot;&gt;ফোল্ডার খুলুন&lt;/a&gt;)।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>বাতিল করা হয়েছে; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>ফাইলটি লেখা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ফাইলটি বদলে দেবেন?</translation>
    </message>
    <message>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} আগে থেকেই আছে। এটি বদলে দেবেন?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>আমদানির জন্য একটি ফাইল বাছুন</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or TSV (Excel, Google Contacts, Outlook, a shop&apos;s sales program) or contacts from a phone (vCard, .vcf). Nothing is changed until the last step.</source>
        <translation>CSV বা TSV হিসেবে সংরক্ষিত স্প্রেডশিট (এক্সেল, Google Contacts, Outlook, দোকানের বিক্রির প্রোগ্রাম) বা ফোনের কন্টাক্ট (vCard, .vcf)। শেষ ধাপের আগে কিছুই বদলাবে না।</translation>
    </message>
    <message>
        <source>Choose a file, or drop it on the main window</source>
        <translation>একটি ফাইল বাছুন, বা মূল উইন্ডোতে টেনে ছাড়ুন</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>খুঁজে নিন…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>এতে আছে</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ফাইল আমদানি</translation>
    </message>
    <message>
        <source>Spreadsheets and contacts (*.csv *.tsv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>স্প্রেডশিট ও কন্টাক্ট (*.csv *.tsv *.txt *.vcf *.vcard);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Next is available once you choose a file.</source>
        <translation>একটি ফাইল বেছে নিলে তবেই পরের ধাপে যাওয়া যাবে।</translation>
    </message>
    <message>
        <source>There is no file at this path: check it, or choose one with Browse….</source>
        <translation>এই ঠিকানায় কোনো ফাইল নেই: ঠিকানাটি দেখে নিন, অথবা “খুঁজে নিন…” দিয়ে একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>Contacts from a vCard file become customers.</source>
        <translation>vCard ফাইলের কন্টাক্টগুলো গ্রাহক হবে।</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>ফাইলটি পড়া যাচ্ছে না</translation>
    </message>
</context>
<context>
    <name>FileReading</name>
    <message>
        <source>comma</source>
        <translation>কমা</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>সেমিকোলন</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>ট্যাব</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>পাইপ</translation>
    </message>
    <message>
        <source>{name} was chosen explicitly</source>
        <translation>{name} আপনি নিজে বেছে নিয়েছেন</translation>
    </message>
    <message>
        <source>UTF-32 LE with a byte-order mark</source>
        <translation>বাইট-অর্ডার চিহ্নসহ UTF-32 LE</translation>
    </message>
    <message>
        <source>UTF-32 BE with a byte-order mark</source>
        <translation>বাইট-অর্ডার চিহ্নসহ UTF-32 BE</translation>
    </message>
    <message>
        <source>UTF-8 with a byte-order mark</source>
        <translation>বাইট-অর্ডার চিহ্নসহ UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 LE with a byte-order mark</source>
        <translation>বাইট-অর্ডার চিহ্নসহ UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE with a byte-order mark</source>
        <translation>বাইট-অর্ডার চিহ্নসহ UTF-16 BE</translation>
    </message>
    <message>
        <source>plain ASCII text, read as UTF-8</source>
        <translation>সাধারণ ASCII লেখা, UTF-8 হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <source>the text is valid UTF-8</source>
        <translation>লেখাটি সঠিক UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte offset {offset}), so read as Windows-1252 as a fallback; choose another encoding if letters look wrong</source>
        <translation>সঠিক UTF-8 নয় (বাইট অবস্থান {offset}), তাই বিকল্প হিসেবে Windows-1252 ধরে পড়া হয়েছে; অক্ষর ভুল দেখালে অন্য এনকোডিং বেছে নিন</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte offset {offset}) nor Windows-1252, so read as Latin-1 as a last resort; choose the right encoding if letters look wrong</source>
        <translation>সঠিক UTF-8 নয় (বাইট অবস্থান {offset}), Windows-1252-ও নয়, তাই শেষ উপায় হিসেবে Latin-1 ধরে পড়া হয়েছে; অক্ষর ভুল দেখালে সঠিক এনকোডিং বেছে নিন</translation>
    </message>
    <message>
        <source>no byte-order mark, but every other byte is zero: looks like {label}</source>
        <translation>বাইট-অর্ডার চিহ্ন নেই, তবে প্রতি দ্বিতীয় বাইট শূন্য: দেখে {label} মনে হচ্ছে</translation>
    </message>
    <message>
        <source>chosen explicitly</source>
        <translation>আপনি নিজে বেছে নিয়েছেন</translation>
    </message>
    <message>
        <source>no delimiter splits the rows, so each row is one field</source>
        <translation>কোনো বিভাজক চিহ্নে সারিগুলো ভাগ হয় না, তাই প্রতিটি সারি একটি ঘর</translation>
    </message>
    <message>
        <source>{name}: all of the first {rows} rows have {fields} fields</source>
        <translation>{name}: প্রথম {rows}টি সারির সবগুলোতে {fields}টি করে ঘর</translation>
    </message>
    <message>
        <source>{name}: {percent}% of the first {rows} rows have {fields} fields</source>
        <translation>{name}: প্রথম {rows}টি সারির {percent}%-এ {fields}টি করে ঘর</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ফাইলটি খালি</translation>
    </message>
    <message>
        <source>the first row has empty cells</source>
        <translation>প্রথম সারিতে ফাঁকা ঘর আছে</translation>
    </message>
    <message>
        <source>the first row holds data ({value})</source>
        <translation>প্রথম সারিতে তথ্য আছে ({value})</translation>
    </message>
    <message>
        <source>the first row repeats a value</source>
        <translation>প্রথম সারিতে একই লেখা দুবার আছে</translation>
    </message>
    <message>
        <source>the first row names known fields</source>
        <translation>প্রথম সারিতে চেনা ঘরের নাম আছে</translation>
    </message>
    <message>
        <source>the first row is words while the rows below hold other kinds of values</source>
        <translation>প্রথম সারিতে শুধু শব্দ, আর নিচের সারিগুলোতে অন্য ধরনের তথ্য</translation>
    </message>
    <message>
        <source>the first row looks like the rows below it</source>
        <translation>প্রথম সারিটি নিচের সারিগুলোর মতোই দেখাচ্ছে</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields but the header has {expected} (too few; {delimiter}-separated), so it was not imported.</source>
        <translation>লাইন {line}-এ {count}টি ঘর, কিন্তু কলামের নামের সারিতে {expected}টি (কম পড়েছে; {delimiter} দিয়ে ভাগ করা), তাই এটি আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields but the header has {expected} (too many; {delimiter}-separated), so it was not imported.</source>
        <translation>লাইন {line}-এ {count}টি ঘর, কিন্তু কলামের নামের সারিতে {expected}টি (বেশি হয়েছে; {delimiter} দিয়ে ভাগ করা), তাই এটি আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields but most rows have {expected} (too few; {delimiter}-separated), so it was not imported.</source>
        <translation>লাইন {line}-এ {count}টি ঘর, কিন্তু বেশিরভাগ সারিতে {expected}টি (কম পড়েছে; {delimiter} দিয়ে ভাগ করা), তাই এটি আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Line {line} has {count} fields but most rows have {expected} (too many; {delimiter}-separated), so it was not imported.</source>
        <translation>লাইন {line}-এ {count}টি ঘর, কিন্তু বেশিরভাগ সারিতে {expected}টি (বেশি হয়েছে; {delimiter} দিয়ে ভাগ করা), তাই এটি আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Line {line} opens a quoted field (&quot;) that is never closed before the end of the file, so it was not imported.</source>
        <translation>লাইন {line}-এ উদ্ধৃতিচিহ্ন (&quot;) খোলা হয়েছে, কিন্তু ফাইলের শেষ পর্যন্ত বন্ধ হয়নি, তাই এটি আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Line {line}: a field is longer than {limit} characters. Probably a quote (&quot;) opened there is never closed.</source>
        <translation>লাইন {line}: একটি ঘর {limit} অক্ষরের চেয়ে লম্বা। সম্ভবত সেখানে খোলা উদ্ধৃতিচিহ্ন (&quot;) আর বন্ধ হয়নি।</translation>
    </message>
    <message>
        <source>Line {line}: the text cannot be read as CSV ({reason}).</source>
        <translation>লাইন {line}: লেখাটি CSV হিসেবে পড়া যাচ্ছে না ({reason})।</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}.</source>
        <translation>{path} খোলা যাচ্ছে না: {reason}।</translation>
    </message>
    <message>
        <source>The delimiter must be a single character, not {value}.</source>
        <translation>বিভাজক একটিমাত্র অক্ষর হতে হবে, {value} নয়।</translation>
    </message>
    <message>
        <source>Unknown text encoding {name}.</source>
        <translation>অচেনা এনকোডিং {name}।</translation>
    </message>
    <message>
        <source>The file is {name}, but at byte offset {offset} (line {line}) it holds half of a character (bytes {bytes}, an unpaired UTF-16 surrogate): the file is damaged there. Fix or delete that character in the program that made the file, then try again.</source>
        <translation>ফাইলটি {name}, কিন্তু বাইট অবস্থান {offset}-এ (লাইন {line}) একটি অক্ষরের অর্ধেক আছে (বাইট {bytes}, জোড়াহীন UTF-16 সারোগেট): ফাইলটি সেখানে নষ্ট। যে প্রোগ্রামে ফাইলটি বানানো, সেখানে অক্ষরটি ঠিক করুন বা মুছে দিন, তারপর আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>The file cannot be read as {name}: byte(s) {bytes} at byte offset {offset} (line {line}) are not valid in that encoding. Choose another encoding.</source>
        <translation>ফাইলটি {name} হিসেবে পড়া যাচ্ছে না: বাইট অবস্থান {offset}-এর (লাইন {line}) বাইট {bytes} এই এনকোডিংয়ে চলে না। অন্য এনকোডিং বেছে নিন।</translation>
    </message>
    <message>
        <source>Unknown policy {value} for unmapped columns; use one of {choices}.</source>
        <translation>না-মেলানো কলামের জন্য {value} অচেনা নিয়ম; এগুলোর একটি দিন: {choices}।</translation>
    </message>
    <message>
        <source>Column {number} does not exist in this file.</source>
        <translation>এই ফাইলে {number} নম্বর কলাম নেই।</translation>
    </message>
    <message>
        <source>Both {first} and {second} are mapped to {field}, which takes only one column.</source>
        <translation>{first} ও {second} দুটোই {field}-এ মেলানো হয়েছে, কিন্তু সেখানে একটিমাত্র কলাম বসে।</translation>
    </message>
    <message>
        <source>The saved mapping is not valid JSON: {reason}.</source>
        <translation>সংরক্ষিত কলাম-মিলটি সঠিক JSON নয়: {reason}।</translation>
    </message>
    <message>
        <source>This is not a saved CRM Desktop column mapping.</source>
        <translation>এটি CRM Desktop-এর সংরক্ষিত কলাম-মিল নয়।</translation>
    </message>
    <message>
        <source>Saved mapping version {version} is not supported.</source>
        <translation>সংরক্ষিত কলাম-মিলের সংস্করণ {version} চলে না।</translation>
    </message>
    <message>
        <source>The saved mapping has no valid list of headers.</source>
        <translation>সংরক্ষিত কলাম-মিলে কলামের নামের সঠিক তালিকা নেই।</translation>
    </message>
    <message>
        <source>The saved mapping has no valid list of columns.</source>
        <translation>সংরক্ষিত কলাম-মিলে কলামের সঠিক তালিকা নেই।</translation>
    </message>
    <message>
        <source>Bad column entry in the saved mapping: {entry}.</source>
        <translation>সংরক্ষিত কলাম-মিলে ভুল কলাম-তথ্য: {entry}।</translation>
    </message>
    <message>
        <source>{field} (for {where}) is not a field of {entity}. Fields are: {known}.</source>
        <translation>{field} ({where}-এর জন্য) {entity}-এর কোনো ঘর নয়। ঘরগুলো হলো: {known}।</translation>
    </message>
    <message>
        <source>{field} (for {where}) is not a field of {entity}. Did you mean {close}? Fields are: {known}.</source>
        <translation>{field} ({where}-এর জন্য) {entity}-এর কোনো ঘর নয়। আপনি কি {close} বোঝাতে চেয়েছেন? ঘরগুলো হলো: {known}।</translation>
    </message>
    <message>
        <source>The mapped column &apos;{header}&apos; is not in this file.</source>
        <translation>মেলানো কলাম &apos;{header}&apos; এই ফাইলে নেই।</translation>
    </message>
    <message>
        <source>Line {line}: a card inside a card was skipped.</source>
        <translation>লাইন {line}: কার্ডের ভেতরের কার্ডটি বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Line {line} is outside any card and was ignored.</source>
        <translation>লাইন {line} কোনো কার্ডের ভেতরে নেই, তাই বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>The card starting on line {line} has no END:VCARD; it was read up to the end of the file.</source>
        <translation>লাইন {line}-এ শুরু হওয়া কার্ডে END:VCARD নেই; ফাইলের শেষ পর্যন্ত পড়া হয়েছে।</translation>
    </message>
    <message>
        <source>No vCard found: the file has no BEGIN:VCARD line.</source>
        <translation>কোনো vCard পাওয়া যায়নি: ফাইলে BEGIN:VCARD লাইন নেই।</translation>
    </message>
    <message>
        <source>Line {line} has no &apos;:&apos; and is not a vCard property; ignored.</source>
        <translation>লাইন {line}-এ &apos;:&apos; নেই, তাই এটি vCard-এর তথ্য নয়; বাদ দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Line {line}: the text is not valid {charset}; it was read as UTF-8 or Windows-1252 instead.</source>
        <translation>লাইন {line}: লেখাটি সঠিক {charset} নয়; বদলে UTF-8 বা Windows-1252 হিসেবে পড়া হয়েছে।</translation>
    </message>
    <message>
        <source>The card starting on line {line} has no name, organisation, email or phone; it was kept as an empty contact.</source>
        <translation>লাইন {line}-এ শুরু হওয়া কার্ডে নাম, প্রতিষ্ঠান, ইমেইল বা ফোন নেই; খালি পরিচিতি হিসেবে রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>vCard files say their own character set</source>
        <translation>vCard ফাইল নিজেই তার অক্ষর-সেট বলে দেয়</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>লাইন {line}: {reason}</translation>
    </message>
    <message>
        <source>The file cannot be read as {name}: it does not start with a byte-order mark, so the byte order is unknown. Choose {name}-le or {name}-be.</source>
        <translation>ফাইলটি {name} হিসেবে পড়া যাচ্ছে না: এটি বাইট-অর্ডার চিহ্ন দিয়ে শুরু হয়নি, তাই বাইটের ক্রম জানা নেই। {name}-le অথবা {name}-be বেছে নিন।</translation>
    </message>
    <message>
        <source>UTF-8, except {count} line(s) that are not (Windows-1252 there, from another program); those lines were read as Windows-1252</source>
        <translation>UTF-8, তবে {count}টি লাইন বাদে যেগুলো UTF-8 নয় (সেখানে অন্য প্রোগ্রামের Windows-1252); ওই লাইনগুলো Windows-1252 হিসেবে পড়া হয়েছে</translation>
    </message>
    <message>
        <source>not valid UTF-8 like the rest of the file, so read as Windows-1252; check its letters</source>
        <translation>ফাইলের বাকি অংশের মতো সঠিক UTF-8 নয়, তাই Windows-1252 হিসেবে পড়া হয়েছে; এর অক্ষরগুলো দেখে নিন</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{file} is the open database or one of its files; nothing was written. Choose another file name.</source>
        <translation>{file} খোলা ডেটাবেস বা তার একটি ফাইল; কিছুই লেখা হয়নি। অন্য একটি ফাইলের নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>{file} is a database or a backup; it is never replaced by an export. Choose another file name.</source>
        <translation>{file} একটি ডেটাবেস বা ব্যাকআপ; এক্সপোর্ট কখনো এটিকে বদলায় না। অন্য একটি ফাইলের নাম বেছে নিন।</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name.</source>
        <translation>{file} একটি ফোল্ডার; একটি ফাইলের নাম দিন।</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>{folder} ফোল্ডারটি নেই; কিছুই লেখা হয়নি।</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <source>Search customers, deals and tickets  (Ctrl+K)</source>
        <translation>গ্রাহক, ডিল ও টিকেট খুঁজুন  (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Monthly goals</source>
        <translation>মাসিক লক্ষ্য</translation>
    </message>
    <message>
        <source>e.g. 5,00,000</source>
        <translation>যেমন 5,00,000</translation>
    </message>
    <message>
        <source>no goal</source>
        <translation>লক্ষ্য নেই</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <source>Revenue ({currency})</source>
        <translation>আয় ({currency})</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>জেতা ডিল</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Leave a target empty (or 0) to remove that goal.</source>
        <translation>কোনো লক্ষ্য সরাতে ঘরটি ফাঁকা (বা 0) রাখুন।</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>আমদানির ইতিহাস</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>এই আমদানি ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Each import can be undone as a whole: the rows it added are removed and the ones it changed are put back.</source>
        <translation>প্রতিটি আমদানি পুরোটা একসাথে ফিরিয়ে নেওয়া যায়: যোগ হওয়া সারিগুলো সরে যায় আর বদলানো সারিগুলো আগের মতো হয়ে যায়।</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>এখনো কোনো আমদানি হয়নি।</translation>
    </message>
    <message>
        <source>Import {batch} was undone.</source>
        <translation>আমদানি {batch} ফিরিয়ে নেওয়া হয়েছে।</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>The import stopped because of an unexpected error; nothing was changed.</source>
        <translation>অপ্রত্যাশিত ত্রুটির কারণে আমদানি থেমে গেছে; কিছুই বদলানো হয়নি।</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <source>a customer needs a name, a company, a phone or an email</source>
        <translation>গ্রাহকের একটি নাম, প্রতিষ্ঠান, ফোন বা ইমেইল লাগবে</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>নামটি {limit} অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>the tag &apos;{tag}…&apos; is longer than {limit} characters</source>
        <translation>&apos;{tag}…&apos; ট্যাগটি {limit} অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>the birthday {value} is in the future</source>
        <translation>জন্মদিন {value} ভবিষ্যতের তারিখ</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number</source>
        <translation>&apos;{value}&apos; কোনো ফোন নম্বর নয়</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number (has the wrong number of digits)</source>
        <translation>&apos;{value}&apos; ফোন নম্বর নয় (অঙ্কের সংখ্যা ঠিক নেই)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number ({reason})</source>
        <translation>&apos;{value}&apos; ফোন নম্বর নয় ({reason})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address ({reason})</source>
        <translation>&apos;{value}&apos; সঠিক ইমেইল ঠিকানা নয় ({reason})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a phone number in use in {region} (write it with its country code)</source>
        <translation>&apos;{value}&apos; {region}-এ ব্যবহৃত কোনো ফোন নম্বর নয় (দেশের কোডসহ লিখুন)</translation>
    </message>
    <message>
        <source>{reason}; kept as written in &apos;{field}&apos;, not verified and not used for matching</source>
        <translation>{reason}; যেমন লেখা তেমনই &apos;{field}&apos;-এ রাখা হলো, যাচাই করা হয়নি এবং মেলানোর কাজে ব্যবহার হবে না</translation>
    </message>
    <message>
        <source>{reason}; kept as written in &apos;{field}&apos;</source>
        <translation>{reason}; যেমন লেখা তেমনই &apos;{field}&apos;-এ রাখা হলো</translation>
    </message>
    <message>
        <source>there is no user called &apos;{value}&apos;; kept in &apos;{field}&apos;, no user was created</source>
        <translation>&apos;{value}&apos; নামে কোনো ব্যবহারকারী নেই; &apos;{field}&apos;-এ রাখা হলো, কোনো ব্যবহারকারী তৈরি করা হয়নি</translation>
    </message>
    <message>
        <source>there is no user called &apos;{value}&apos;; the deal has no owner, no user was created</source>
        <translation>&apos;{value}&apos; নামে কোনো ব্যবহারকারী নেই; ডিলটির কোনো দায়িত্বপ্রাপ্ত নেই, কোনো ব্যবহারকারী তৈরি করা হয়নি</translation>
    </message>
    <message>
        <source>shares {what} &apos;{value}&apos; with &apos;{other}&apos; but the names differ; imported as a separate customer (see Duplicates…)</source>
        <translation>&apos;{other}&apos;-এর সঙ্গে {what} &apos;{value}&apos; একই, কিন্তু নাম আলাদা; আলাদা গ্রাহক হিসেবে আনা হলো (ডুপ্লিকেট… দেখুন)</translation>
    </message>
    <message>
        <source>the name of customer {id} changes from &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>গ্রাহক {id}-এর নাম &apos;{old}&apos; থেকে বদলে &apos;{new}&apos; হবে</translation>
    </message>
    <message>
        <source>{count} cells held only a placeholder such as &apos;-&apos;, &apos;N/A&apos; or &apos;null&apos; and were read as empty.</source>
        <translation>{count}টি ঘরে শুধু &apos;-&apos;, &apos;N/A&apos; বা &apos;null&apos;-এর মতো খালি-চিহ্ন ছিল; সেগুলো খালি ধরা হয়েছে।</translation>
    </message>
    <message>
        <source>This file was imported on {date} (batch {batch}).</source>
        <translation>এই ফাইলটি {date} তারিখে আনা হয়েছিল (ব্যাচ {batch})।</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of customer; use person or business</source>
        <translation>&apos;{value}&apos; গ্রাহকের কোনো ধরন নয়; person (ব্যক্তি) বা business (ব্যবসা) লিখুন</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a channel; use one of {choices}</source>
        <translation>&apos;{value}&apos; কোনো মাধ্যম নয়; এগুলোর একটি লিখুন: {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a direction; use in or out</source>
        <translation>&apos;{value}&apos; কোনো দিক নয়; in (আগত) বা out (বহির্গামী) লিখুন</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a currency code such as BDT or USD</source>
        <translation>&apos;{value}&apos; BDT বা USD-এর মতো কোনো মুদ্রার কোড নয়</translation>
    </message>
    <message>
        <source>there is no pipeline stage called &apos;{value}&apos;; stages are: {choices}</source>
        <translation>&apos;{value}&apos; নামে পাইপলাইনে কোনো ধাপ নেই; ধাপগুলো হলো: {choices}</translation>
    </message>
    <message>
        <source>there is no open pipeline stage to put the deal in</source>
        <translation>ডিলটি রাখার মতো কোনো খোলা পাইপলাইন ধাপ নেই</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; belongs to {count} customers (ids {ids}); merge them first or match on another column</source>
        <translation>{what} &apos;{value}&apos; {count} জন গ্রাহকের (আইডি {ids}); আগে তাঁদের এক করুন, বা অন্য কলাম দিয়ে মেলান</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; belongs to {count} customers (ids {ids}), so the row cannot be linked to one</source>
        <translation>{what} &apos;{value}&apos; {count} জন গ্রাহকের (আইডি {ids}), তাই সারিটি কোনো একজনের সঙ্গে জোড়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>no customer has {what} &apos;{value}&apos;</source>
        <translation>{what} &apos;{value}&apos; কোনো গ্রাহকের নেই</translation>
    </message>
    <message>
        <source>the row names no customer (no customer email, phone or ID)</source>
        <translation>সারিতে কোনো গ্রাহকের উল্লেখ নেই (গ্রাহকের ইমেইল, ফোন বা আইডি নেই)</translation>
    </message>
    <message>
        <source>{what} is required</source>
        <translation>{what} দিতে হবে</translation>
    </message>
    <message>
        <source>an invisible control character or half a character was replaced</source>
        <translation>একটি অদৃশ্য নিয়ন্ত্রণ-অক্ষর বা অর্ধেক অক্ষর বদলে দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>the row has {count} fields, the header {expected}; the missing ones were read as empty</source>
        <translation>সারিটিতে {count}টি ঘর, কলামের নামের সারিতে {expected}টি; বাকি ঘরগুলো খালি ধরা হয়েছে</translation>
    </message>
    <message>
        <source>the payment is &apos;{value}&apos;, so it is no sale; not imported</source>
        <translation>পেমেন্টটি &apos;{value}&apos;, তাই এটি কোনো বিক্রি নয়; আমদানি করা হয়নি</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a quantity</source>
        <translation>&apos;{value}&apos; কোনো পরিমাণ নয়</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>পরিমাণ শূন্য</translation>
    </message>
    <message>
        <source>a deal&apos;s value cannot be negative</source>
        <translation>ডিলের মূল্য ঋণাত্মক হতে পারে না</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>নোটে কিছু লেখা থাকতে হবে</translation>
    </message>
    <message>
        <source>the text is longer than {limit} characters</source>
        <translation>লেখাটি {limit} অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>repeats the {kind} of line {line} (same {key}); merged into it</source>
        <translation>লাইন {line}-এর {kind}টিই আবার এসেছে (একই {key}); তার সঙ্গে মিলিয়ে দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>No column is mapped to a field of {entity}; choose at least one column to import.</source>
        <translation>{entity}-এর কোনো ঘরের সঙ্গে কোনো কলাম মেলানো হয়নি; আমদানির জন্য অন্তত একটি কলাম বেছে নিন।</translation>
    </message>
    <message>
        <source>The mapping is for {saved}, not {entity}.</source>
        <translation>এই কলাম-মিলটি {saved}-এর জন্য, {entity}-এর জন্য নয়।</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>ফাইলে আমদানি করার মতো কোনো সারি নেই।</translation>
    </message>
    <message>
        <source>The file holds no contacts.</source>
        <translation>ফাইলে কোনো কন্টাক্ট নেই।</translation>
    </message>
    <message>
        <source>The database refused a row ({detail}); nothing was imported. The file was read up to line {line}.</source>
        <translation>ডেটাবেস একটি সারি নেয়নি ({detail}); কিছুই আমদানি হয়নি। ফাইলটি লাইন {line} পর্যন্ত পড়া হয়েছিল।</translation>
    </message>
    <message>
        <source>{count} row(s) have problems, so nothing was imported. Fix them, or import the other rows and save the rejected ones to a file (skip invalid rows).</source>
        <translation>{count}টি সারিতে সমস্যা আছে, তাই কিছুই আমদানি হয়নি। সেগুলো ঠিক করুন, অথবা বাকি সারিগুলো আমদানি করে বাদ পড়া সারিগুলো একটি ফাইলে রাখুন (সমস্যাযুক্ত সারি বাদ দিন)।</translation>
    </message>
    <message>
        <source>The column &apos;{header}&apos; is not imported: {entity} have no place for it.</source>
        <translation>&apos;{header}&apos; কলামটি আমদানি হবে না: {entity}-এ এর জন্য কোনো ঘর নেই।</translation>
    </message>
    <message>
        <source>Deals have no notes field, so the column &apos;{header}&apos; is not imported.</source>
        <translation>ডিলে নোটের কোনো ঘর নেই, তাই &apos;{header}&apos; কলামটি আমদানি হবে না।</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>আমদানি বাতিল করা হয়েছে; কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>There is no saved mapping called &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos; নামে কোনো সংরক্ষিত কলাম-মিল নেই।</translation>
    </message>
    <message>
        <source>The saved mapping &apos;{name}&apos; is for {saved}, not {entity}.</source>
        <translation>সংরক্ষিত কলাম-মিল &apos;{name}&apos; {saved}-এর জন্য, {entity}-এর জন্য নয়।</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>সংরক্ষিত কলাম-মিলের একটি নাম লাগবে।</translation>
    </message>
    <message>
        <source>There is no import number {batch_id}.</source>
        <translation>{batch_id} নম্বরের কোনো আমদানি নেই।</translation>
    </message>
    <message>
        <source>Import {batch_id} was already undone on {when}.</source>
        <translation>আমদানি {batch_id} আগেই {when}-এ ফিরিয়ে নেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>{what} (id {row_id}) was edited after the import</source>
        <translation>{what} (আইডি {row_id}) আমদানির পরে বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>{what} (id {row_id}) has records added after the import ({kinds})</source>
        <translation>{what} (আইডি {row_id})-এ আমদানির পরে নতুন তথ্য যোগ হয়েছে ({kinds})</translation>
    </message>
    <message>
        <source>{what} (id {row_id}) was changed again by import {later}; undo that one first</source>
        <translation>{what} (আইডি {row_id}) আমদানি {later}-এ আবার বদলেছে; আগে সেটি ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Import {batch_id} cannot be undone safely: {count} row(s) changed after it. {first}. Undo anyway to put the imported rows back as they were (those changes are lost; customers with newer records are kept).</source>
        <translation>আমদানি {batch_id} নিরাপদে ফিরিয়ে নেওয়া যাচ্ছে না: এর পরে {count}টি সারি বদলেছে। {first}। তবুও ফিরিয়ে নিলে আমদানি করা সারিগুলো আগের অবস্থায় ফিরে যাবে (ওই পরিবর্তনগুলো হারিয়ে যাবে; নতুন তথ্যযুক্ত গ্রাহকরা থেকে যাবেন)।</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>টিকেট</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>purchase</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Customer &apos;{name}&apos;</source>
        <translation>গ্রাহক &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Deal &apos;{name}&apos;</source>
        <translation>ডিল &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>বাইরের আইডি</translation>
    </message>
    <message>
        <source>email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>details</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>বাইরের আইডি</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>the ID</source>
        <translation>আইডি</translation>
    </message>
    <message>
        <source>the email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>the phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>the amount</source>
        <translation>পরিমাণ</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>আমদানি চলছে</translation>
    </message>
    <message>
        <source>All rows are written together: if you cancel, the list stays as it was.</source>
        <translation>সব সারি একসাথে লেখা হয়: বাতিল করলে তালিকা আগের মতোই থাকবে।</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>বাতিল করা হয়েছে। কিছুই বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>আমদানি বাতিল করুন</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} আমদানি হচ্ছে…</translation>
    </message>
    <message>
        <source>Row {done} of about {total}…</source>
        <translation>প্রায় {total}টির মধ্যে {done} নম্বর সারি…</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Changed since the import</source>
        <translation>আমদানির পরে বদলানো হয়েছে</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>তবুও ফিরিয়ে নিন</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>আমদানি</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>contains a broken character ({code}, half of a pair) at character {position}; it was probably damaged in copying: type it again</source>
        <translation>{position} নম্বর অক্ষরটি ভাঙা ({code}, জোড়ার অর্ধেক); সম্ভবত কপি করার সময় নষ্ট হয়েছে: আবার টাইপ করুন</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000) at character {position}; remove it</source>
        <translation>{position} নম্বর অক্ষরটি একটি NUL অক্ষর (U+0000); এটি সরিয়ে দিন</translation>
    </message>
    <message>
        <source>must be one line, but has a line break at character {position}</source>
        <translation>এক লাইনে লিখতে হবে, কিন্তু {position} নম্বর অক্ষরে লাইন ভাঙা আছে</translation>
    </message>
    <message>
        <source>contains an invisible control character ({code}) at character {position}; remove it</source>
        <translation>{position} নম্বর অক্ষরটি একটি অদৃশ্য নিয়ন্ত্রণ-অক্ষর ({code}); এটি সরিয়ে দিন</translation>
    </message>
    <message>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>{length:,} অক্ষর লম্বা; সর্বোচ্চ {limit:,} অক্ষর চলবে</translation>
    </message>
    <message>
        <source>has only invisible characters (spaces, joiners or direction marks)</source>
        <translation>এতে শুধু অদৃশ্য অক্ষর আছে (ফাঁকা জায়গা, যুক্তকারী বা দিক-চিহ্ন)</translation>
    </message>
    <message>
        <source>has a comma; commas separate tags, so it would come back as two</source>
        <translation>এতে কমা আছে; কমা দিয়ে ট্যাগ আলাদা হয়, তাই এটি দুটি ট্যাগ হয়ে যাবে</translation>
    </message>
    <message>
        <source>the tag {tag} {problem}</source>
        <translation>ট্যাগ {tag}: {problem}</translation>
    </message>
    <message>
        <source>the value {value} has no field name</source>
        <translation>{value} মানটির কোনো ঘরের নাম নেই</translation>
    </message>
    <message>
        <source>the field name {name} is there twice</source>
        <translation>{name} ঘরের নামটি দুবার আছে</translation>
    </message>
    <message>
        <source>the field name {name} {problem}</source>
        <translation>ঘরের নাম {name}: {problem}</translation>
    </message>
    <message>
        <source>the value of {name} {problem}</source>
        <translation>{name}-এর মান: {problem}</translation>
    </message>
    <message>
        <source>the amount must be a whole number of minor units (paisa, cents)</source>
        <translation>পরিমাণ পয়সা বা সেন্টের পূর্ণ সংখ্যায় হতে হবে</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>পরিমাণ ঋণাত্মক হতে পারে না</translation>
    </message>
    <message>
        <source>the amount is too large (at most {limit:,} minor units)</source>
        <translation>পরিমাণ অনেক বেশি (সর্বোচ্চ {limit:,} পয়সা)</translation>
    </message>
    <message>
        <source>{code} is not a currency code (three letters, such as BDT or USD)</source>
        <translation>{code} কোনো মুদ্রার কোড নয় (তিন অক্ষরের, যেমন BDT বা USD)</translation>
    </message>
    <message>
        <source>a customer needs a name, a company, a phone or an email</source>
        <translation>গ্রাহকের একটি নাম, প্রতিষ্ঠান, ফোন বা ইমেইল লাগবে</translation>
    </message>
    <message>
        <source>the birthday is in the future</source>
        <translation>জন্মদিন ভবিষ্যতের তারিখে পড়েছে</translation>
    </message>
    <message>
        <source>the name is longer than {limit} characters</source>
        <translation>নামটি {limit} অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of {choices}</source>
        <translation>&apos;{value}&apos; এগুলোর কোনোটি নয়: {choices}</translation>
    </message>
    <message>
        <source>the priority must be low, normal or high</source>
        <translation>গুরুত্ব হতে হবে কম, সাধারণ বা জরুরি</translation>
    </message>
    <message>
        <source>customer {id} does not exist</source>
        <translation>{id} নম্বর গ্রাহক খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>customer {id} does not exist or is in the trash</source>
        <translation>{id} নম্বর গ্রাহক নেই, অথবা ট্র্যাশে আছেন</translation>
    </message>
    <message>
        <source>deal {id} does not exist</source>
        <translation>{id} নম্বর ডিল খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>deal {id} does not exist or is in the trash</source>
        <translation>{id} নম্বর ডিল নেই, অথবা ট্র্যাশে আছে</translation>
    </message>
    <message>
        <source>there is no user with id {id}</source>
        <translation>{id} নম্বরে কোনো ব্যবহারকারী নেই</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>নোটে কিছু লেখা থাকতে হবে</translation>
    </message>
    <message>
        <source>a task needs a title</source>
        <translation>কাজের একটি শিরোনাম দিন</translation>
    </message>
    <message>
        <source>an email needs a subject</source>
        <translation>ইমেইলের একটি বিষয় দিন</translation>
    </message>
    <message>
        <source>the email is empty</source>
        <translation>ইমেইলে কিছু লেখা নেই</translation>
    </message>
    <message>
        <source>a rule needs a name</source>
        <translation>নিয়মের একটি নাম দিন</translation>
    </message>
    <message>
        <source>a rule needs at least one action</source>
        <translation>নিয়মে অন্তত একটি কাজ (অ্যাকশন) দিন</translation>
    </message>
    <message>
        <source>name the tag</source>
        <translation>ট্যাগের নাম লিখুন</translation>
    </message>
    <message>
        <source>name the source</source>
        <translation>উৎসের নাম লিখুন</translation>
    </message>
    <message>
        <source>give a minimum, a maximum or both</source>
        <translation>সর্বনিম্ন, সর্বোচ্চ বা দুটোই দিন</translation>
    </message>
    <message>
        <source>the server name is missing or has spaces (e.g. smtp.gmail.com)</source>
        <translation>সার্ভারের নাম নেই বা তাতে ফাঁকা জায়গা আছে (যেমন smtp.gmail.com)</translation>
    </message>
    <message>
        <source>email template {id} does not exist</source>
        <translation>{id} নম্বর ইমেইল টেমপ্লেট খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>is longer than 255 characters</source>
        <translation>২৫৫ অক্ষরের চেয়ে লম্বা</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>টেমপ্লেটের একটি নাম দিন</translation>
    </message>
    <message>
        <source>there is already a template called &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; নামে একটি টেমপ্লেট আগেই আছে</translation>
    </message>
    <message>
        <source>no tag given</source>
        <translation>কোনো ট্যাগ দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code such as BDT or USD</source>
        <translation>&apos;{code}&apos; কোনো মুদ্রার কোড নয় (যেমন BDT বা USD)</translation>
    </message>
    <message>
        <source>the target must be a whole number</source>
        <translation>লক্ষ্য পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>the target must be more than zero (clear the goal instead)</source>
        <translation>লক্ষ্য শূন্যের বেশি হতে হবে (লক্ষ্য না চাইলে ঘরটি ফাঁকা রাখুন)</translation>
    </message>
    <message>
        <source>the target is too large</source>
        <translation>লক্ষ্য অনেক বড়</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a channel ({choices})</source>
        <translation>&apos;{value}&apos; কোনো মাধ্যম নয় ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; must be &apos;in&apos; or &apos;out&apos;</source>
        <translation>&apos;{value}&apos; হতে হবে &apos;in&apos; বা &apos;out&apos;</translation>
    </message>
    <message>
        <source>stage {id} does not exist</source>
        <translation>{id} নম্বর ধাপ খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>ডিলের একটি শিরোনাম দিন</translation>
    </message>
    <message>
        <source>there is no open stage to put the deal in</source>
        <translation>ডিলটি রাখার মতো কোনো খোলা ধাপ নেই</translation>
    </message>
    <message>
        <source>the stage belongs to another pipeline</source>
        <translation>ধাপটি অন্য পাইপলাইনের</translation>
    </message>
    <message>
        <source>say why the deal was lost</source>
        <translation>ডিলটি কেন হাতছাড়া হলো লিখুন</translation>
    </message>
    <message>
        <source>this pipeline has no &apos;won&apos; stage</source>
        <translation>এই পাইপলাইনে কোনো ‘জেতা’ ধাপ নেই</translation>
    </message>
    <message>
        <source>this pipeline has no &apos;lost&apos; stage</source>
        <translation>এই পাইপলাইনে কোনো ‘হারানো’ ধাপ নেই</translation>
    </message>
    <message>
        <source>the new order must list every stage of the pipeline once</source>
        <translation>নতুন ক্রমে পাইপলাইনের প্রতিটি ধাপ একবার করে থাকতে হবে</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; still has deals; move them first</source>
        <translation>‘{name}’ ধাপে এখনও ডিল আছে; আগে সেগুলো অন্য ধাপে সরান</translation>
    </message>
    <message>
        <source>a pipeline needs a &apos;won&apos; stage</source>
        <translation>পাইপলাইনে একটি ‘জেতা’ ধাপ থাকতেই হবে</translation>
    </message>
    <message>
        <source>a pipeline needs a &apos;lost&apos; stage</source>
        <translation>পাইপলাইনে একটি ‘হারানো’ ধাপ থাকতেই হবে</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>ধাপের একটি নাম দিন</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100 %</source>
        <translation>সম্ভাবনা ০ থেকে ১০০ %-এর মধ্যে হতে হবে</translation>
    </message>
    <message>
        <source>the amount must be a whole number of minor units</source>
        <translation>পরিমাণ পয়সার হিসাবে পূর্ণসংখ্যা হতে হবে</translation>
    </message>
    <message>
        <source>the amount is zero</source>
        <translation>পরিমাণ শূন্য; টাকার অঙ্ক লিখুন</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an RFM segment</source>
        <translation>&apos;{value}&apos; কেনাকাটার ধরনের কোনো দল নয়</translation>
    </message>
    <message>
        <source>the &apos;after&apos; date is later than the &apos;before&apos; date</source>
        <translation>‘পরে’-র তারিখটি ‘আগে’-র তারিখের পরে পড়েছে</translation>
    </message>
    <message>
        <source>the minimum spent is more than the maximum</source>
        <translation>সর্বনিম্ন খরচ সর্বোচ্চের চেয়ে বেশি</translation>
    </message>
    <message>
        <source>segment {id} does not exist</source>
        <translation>{id} নম্বর গ্রাহক-দল খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>গ্রাহক-দলের একটি নাম দিন</translation>
    </message>
    <message>
        <source>there is already a segment called &apos;{name}&apos;</source>
        <translation>&apos;{name}&apos; নামে একটি গ্রাহক-দল আগেই আছে</translation>
    </message>
    <message>
        <source>this looks like a password, token or key: settings travel with the data file and its backups, so secrets go to the system keychain instead (crm_desktop.secrets.set_secret)</source>
        <translation>এটি পাসওয়ার্ড, টোকেন বা চাবির মতো দেখাচ্ছে: সেটিংস ডেটা ফাইল ও তার ব্যাকআপের সঙ্গে যায়, তাই গোপন তথ্য সিস্টেমের কি-চেইনে রাখা হয় (crm_desktop.secrets.set_secret)</translation>
    </message>
    <message>
        <source>task {id} does not exist or is in the trash</source>
        <translation>{id} নম্বর কাজ নেই, অথবা ট্র্যাশে আছে</translation>
    </message>
    <message>
        <source>ticket {id} does not exist</source>
        <translation>{id} নম্বর টিকেট খুঁজে পাওয়া যায়নি</translation>
    </message>
    <message>
        <source>the time to answer must be 1 to {limit} hours</source>
        <translation>উত্তর দেওয়ার সময় ১ থেকে {limit} ঘণ্টার মধ্যে হতে হবে</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>টিকেটের একটি বিষয় দিন</translation>
    </message>
    <message>
        <source>a password of fewer than {count} characters is not saved: it could show up in the log and error messages (use an app password from your mail provider)</source>
        <translation>{count} অক্ষরের কম পাসওয়ার্ড সংরক্ষণ করা হয় না: এটি লগ ও ত্রুটির বার্তায় দেখা যেতে পারে (আপনার মেইল সেবাদাতার দেওয়া একটি অ্যাপ পাসওয়ার্ড ব্যবহার করুন)</translation>
    </message>
    <message>
        <source>this looks like the password; it is not saved here (type it in the Password field)</source>
        <translation>এটি পাসওয়ার্ডের মতো দেখাচ্ছে; এখানে এটি সংরক্ষণ করা হয় না (পাসওয়ার্ডের ঘরে লিখুন)</translation>
    </message>
</context>
<context>
    <name>InteractionComposer</name>
    <message>
        <source>Outgoing</source>
        <translation>আমাদের দিক থেকে</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>গ্রাহকের দিক থেকে</translation>
    </message>
    <message>
        <source>Who reached out: you (outgoing) or the customer (incoming)</source>
        <translation>কে যোগাযোগ করেছেন: আপনি (আমাদের দিক থেকে) না গ্রাহক (গ্রাহকের দিক থেকে)</translation>
    </message>
    <message>
        <source>When it happened (now unless you change it)</source>
        <translation>কখন হয়েছে (না বদলালে এখনকার সময়)</translation>
    </message>
    <message>
        <source>What was said or agreed… (Enter logs it)</source>
        <translation>কী কথা বা কী সিদ্ধান্ত হলো… (Enter চাপলে লেখা হবে)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>লিখুন</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>and {amounts} in other currencies</source>
        <translation>আর অন্য মুদ্রায় {amounts}</translation>
    </message>
    <message>
        <source>nothing in the same days last month</source>
        <translation>গত মাসের একই দিনগুলোতে কিছু ছিল না</translation>
    </message>
    <message>
        <source>{arrow} {change} vs. the same days last month</source>
        <translation>{arrow} {change}, গত মাসের একই দিনগুলোর তুলনায়</translation>
    </message>
    <message>
        <source>Revenue this month</source>
        <translation>এ মাসের আয়</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>চলমান পাইপলাইন</translation>
    </message>
    <message>
        <source>{count} open deals</source>
        <translation>{count}টি চলমান ডিল</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>সম্ভাবনা অনুযায়ী পূর্বাভাস</translation>
    </message>
    <message>
        <source>value × stage probability</source>
        <translation>মূল্য × ধাপের সম্ভাবনা</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>জেতার হার</translation>
    </message>
    <message>
        <source>{won} won · {lost} lost</source>
        <translation>{won}টি জেতা · {lost}টি হারানো</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>in the period</source>
        <translation>এই সময়ে</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>সময় পেরোনো কাজ</translation>
    </message>
    <message>
        <source>not done, past due</source>
        <translation>হয়নি, সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>খোলা টিকেট</translation>
    </message>
    <message>
        <source>open or in progress</source>
        <translation>খোলা বা চলছে</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>the amount must be more than zero</source>
        <translation>পরিমাণ শূন্যের বেশি হতে হবে</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a payment method ({choices})</source>
        <translation>&apos;{value}&apos; কোনো পরিশোধের মাধ্যম নয় ({choices})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a bKash transaction id (10 letters or digits, e.g. 9HG7AB3CDE)</source>
        <translation>&apos;{value}&apos; বিকাশের ট্রানজেকশন আইডি নয় (১০টি অক্ষর বা অঙ্ক, যেমন 9HG7AB3CDE)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a Nagad transaction id (8 letters or digits, e.g. 71A2B3C4)</source>
        <translation>&apos;{value}&apos; নগদের ট্রানজেকশন আইডি নয় (৮টি অক্ষর বা অঙ্ক, যেমন 71A2B3C4)</translation>
    </message>
    <message>
        <source>the transaction id {value} was already recorded (entry {entry}, customer {customer})</source>
        <translation>ট্রানজেকশন আইডি {value} আগেই লেখা হয়েছে (এন্ট্রি {entry}, গ্রাহক {customer})</translation>
    </message>
    <message>
        <source>the payment {amount} is more than the {balance} owed; allow credit to keep the rest as an advance</source>
        <translation>পরিশোধ {amount} বাকি {balance}-এর চেয়ে বেশি; বাকিটা অগ্রিম হিসেবে রাখতে ক্রেডিটের অনুমতি দিন</translation>
    </message>
    <message>
        <source>an adjustment of zero changes nothing</source>
        <translation>শূন্যের সমন্বয়ে কিছুই বদলায় না</translation>
    </message>
    <message>
        <source>an adjustment needs a reason</source>
        <translation>সমন্বয়ের একটি কারণ লাগবে</translation>
    </message>
    <message>
        <source>this customer&apos;s ledger is in {currency}; an entry in {other} cannot be added to it</source>
        <translation>এই গ্রাহকের খাতা {currency}-তে; {other}-এ কোনো এন্ট্রি এতে যোগ করা যায় না</translation>
    </message>
    <message>
        <source>nothing is owed, so there is nothing to write off</source>
        <translation>কোনো বাকি নেই, তাই মওকুফ করার কিছু নেই</translation>
    </message>
    <message>
        <source>ledger entry {id} does not exist</source>
        <translation>খাতার এন্ট্রি {id} নেই</translation>
    </message>
    <message>
        <source>ledger entry {id} was already reversed</source>
        <translation>খাতার এন্ট্রি {id} আগেই বাতিল করা হয়েছে</translation>
    </message>
    <message>
        <source>ledger entry {id} is itself a reversal; record the entry again instead</source>
        <translation>খাতার এন্ট্রি {id} নিজেই একটি বাতিল-এন্ট্রি; তার বদলে এন্ট্রিটি আবার লিখুন</translation>
    </message>
    <message>
        <source>entry {id} is not a sale or debt of this customer</source>
        <translation>এন্ট্রি {id} এই গ্রাহকের কোনো বিক্রি বা বাকি নয়</translation>
    </message>
    <message>
        <source>the balance {balance} is now above the credit limit of {limit}</source>
        <translation>বাকি {balance} এখন বাকির সীমা {limit}-এর বেশি</translation>
    </message>
    <message>
        <source>the due days must be 0 to {limit}</source>
        <translation>পরিশোধের দিন ০ থেকে {limit} হতে হবে</translation>
    </message>
    <message>
        <source>the file has no amount column (amount, owed, due, balance or বাকি)</source>
        <translation>ফাইলে টাকার কোনো কলাম নেই (amount, owed, due, balance বা বাকি)</translation>
    </message>
    <message>
        <source>the file has no column naming the customer (phone, email or external_id)</source>
        <translation>ফাইলে গ্রাহক চেনার কোনো কলাম নেই (phone, email বা external_id)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount: {reason}</source>
        <translation>&apos;{value}&apos; কোনো টাকার অঙ্ক নয়: {reason}</translation>
    </message>
    <message>
        <source>an opening balance cannot be negative ({value}); record an advance as a payment</source>
        <translation>শুরুর বাকি ঋণাত্মক হতে পারে না ({value}); অগ্রিম টাকা পরিশোধ হিসেবে লিখুন</translation>
    </message>
    <message>
        <source>customer {id} already has an opening balance (entry {entry}); reverse it first</source>
        <translation>{id} নম্বর গ্রাহকের শুরুর বাকি আগেই লেখা আছে (এন্ট্রি {entry}); আগে সেটি বাতিল করুন</translation>
    </message>
    <message>
        <source>customer {id} is also on line {line}</source>
        <translation>{id} নম্বর গ্রাহক {line} নম্বর লাইনেও আছেন</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date: {reason}</source>
        <translation>&apos;{value}&apos; কোনো তারিখ নয়: {reason}</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <source>Why was this deal lost?</source>
        <translation>এই ডিল কেন হাতছাড়া হলো?</translation>
    </message>
    <message>
        <source>Why was “{deal}” lost?</source>
        <translation>“{deal}” কেন হাতছাড়া হলো?</translation>
    </message>
    <message>
        <source>Price too high</source>
        <translation>দাম বেশি</translation>
    </message>
    <message>
        <source>Went to a competitor</source>
        <translation>প্রতিযোগীর কাছে গেছেন</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>সাড়া নেই</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <translation>এখন দরকার নেই</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>বিস্তারিত (ঐচ্ছিক)</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>হারানো হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Say what happened in the details.</source>
        <translation>কী হয়েছে তা বিস্তারিত ঘরে লিখুন।</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>কী হয়েছিল?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CRM Desktop — {file}</source>
        <translation>CRM Desktop — {file}</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>টিকেট</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>ক্যাম্পেইন</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ব্যাকআপ (&amp;B)…</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>লগ ফোল্ডার খুলুন (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন (&amp;Q)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>সবকিছুতে খুঁজুন</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>বাতিল করা হয়েছে: {what}।</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>ফিরিয়ে নেওয়ার মতো কিছু নেই।</translation>
    </message>
    <message>
        <source>{customers} customers · {deals} deals · {tasks} tasks · {tickets} tickets</source>
        <translation>{customers} জন গ্রাহক · {deals}টি ডিল · {tasks}টি কাজ · {tickets}টি টিকেট</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>ফিরিয়ে নিন: {what}</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <source>Column in the file</source>
        <translation>ফাইলের কলাম</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>উদাহরণ</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>যা হিসেবে আমদানি</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>কতটা নিশ্চিত</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>নিশ্চিত</translation>
    </message>
    <message>
        <source>by the header</source>
        <translation>কলামের নাম দেখে</translation>
    </message>
    <message>
        <source>a guess: check</source>
        <translation>অনুমান: দেখে নিন</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>আপনার বাছাই</translation>
    </message>
    <message>
        <source>The header and the values agree.</source>
        <translation>কলামের নাম আর ভেতরের তথ্য মিলে যায়।</translation>
    </message>
    <message>
        <source>Known from the header; the first rows have no values to check.</source>
        <translation>কলামের নাম দেখে চেনা; প্রথম সারিগুলোতে যাচাই করার মতো তথ্য নেই।</translation>
    </message>
    <message>
        <source>Guessed from the values alone: the header does not say.</source>
        <translation>শুধু ভেতরের তথ্য দেখে অনুমান: কলামের নাম কিছু বলে না।</translation>
    </message>
    <message>
        <source>— custom field —</source>
        <translation>— নিজস্ব ঘর —</translation>
    </message>
    <message>
        <source>— add to notes —</source>
        <translation>— নোটে যোগ করুন —</translation>
    </message>
    <message>
        <source>— leave out —</source>
        <translation>— বাদ দিন —</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Which column is which?</source>
        <translation>কোন কলামে কী আছে?</translation>
    </message>
    <message>
        <source>Suggested from the column names and the values in them; change any that are wrong. Several phone, email or tag columns can all be imported.</source>
        <translation>কলামের নাম আর ভেতরের তথ্য দেখে প্রস্তাব করা হয়েছে; ভুল থাকলে বদলে দিন। একাধিক ফোন, ইমেইল বা ট্যাগ কলাম সবই আমদানি করা যায়।</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>ব্যবহার করুন</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>যে নামে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>সংরক্ষিত কলাম-মিল</translation>
    </message>
    <message>
        <source>Import the good rows and set aside the rows with problems</source>
        <translation>ঠিক সারিগুলো আমদানি করুন, সমস্যাযুক্ত সারিগুলো আলাদা রাখুন</translation>
    </message>
    <message>
        <source>Add customers that the file names but the list lacks</source>
        <translation>ফাইলে নাম আছে কিন্তু তালিকায় নেই এমন গ্রাহক যোগ করুন</translation>
    </message>
    <message>
        <source>The currency of amounts in a file without a currency column (a column in the file wins).</source>
        <translation>যে ফাইলে মুদ্রার কলাম নেই, তার টাকার অঙ্কের মুদ্রা (ফাইলে কলাম থাকলে সেটিই ধরা হয়)।</translation>
    </message>
    <message>
        <source>Amounts in</source>
        <translation>টাকার মুদ্রা</translation>
    </message>
    <message>
        <source>Customers already in the list</source>
        <translation>তালিকায় আগে থেকে থাকা গ্রাহক</translation>
    </message>
    <message>
        <source>Recognise them by</source>
        <translation>যা দিয়ে চেনা হবে</translation>
    </message>
    <message>
        <source>Other columns</source>
        <translation>অন্যান্য কলাম</translation>
    </message>
    <message>
        <source>When one is found</source>
        <translation>মিলে গেলে</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Finding each row&apos;s customer</source>
        <translation>প্রতিটি সারির গ্রাহক খোঁজা</translation>
    </message>
    <message>
        <source>Cannot use this mapping</source>
        <translation>এই কলাম-মিল ব্যবহার করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Some columns are missing</source>
        <translation>কিছু কলাম পাওয়া যাচ্ছে না</translation>
    </message>
    <message>
        <source>These columns of the saved mapping are not in this file: {names}</source>
        <translation>সংরক্ষিত কলাম-মিলের এই কলামগুলো এই ফাইলে নেই: {names}</translation>
    </message>
    <message>
        <source>Save the mapping</source>
        <translation>কলাম-মিল সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Name for this mapping:</source>
        <translation>এই কলাম-মিলের নাম:</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>সংরক্ষণ করা যাচ্ছে না</translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation>কলামগুলো দেখে নিন</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>আমদানির জন্য অন্তত একটি কলাম বাছুন।</translation>
    </message>
    <message>
        <source>Check the currency</source>
        <translation>মুদ্রাটি দেখে নিন</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code such as BDT, USD or GBP.</source>
        <translation>&apos;{code}&apos; কোনো মুদ্রার কোড নয়, যেমন BDT, USD বা GBP।</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge customers</source>
        <translation>গ্রাহক এক করুন</translation>
    </message>
    <message>
        <source>Keep one of these customers.</source>
        <translation>এই গ্রাহকদের মধ্যে একজনকে রাখুন।</translation>
    </message>
    <message>
        <source>Keep one of these {n} customers.</source>
        <translation>এই {n} জন গ্রাহকের মধ্যে একজনকে রাখুন।</translation>
    </message>
    <message>
        <source>The others’ phones, emails, tags, contacts, deals, purchases, tasks and tickets move to the one you keep, its empty fields are filled from theirs, and the others go to the Trash. You can undo the merge.</source>
        <translation>বাকিদের ফোন, ইমেইল, ট্যাগ, যোগাযোগ, ডিল, ক্রয়, কাজ ও টিকেট আপনি যাঁকে রাখবেন তাঁর কাছে চলে যাবে, তাঁর ফাঁকা ঘরগুলো বাকিদের তথ্য দিয়ে ভরা হবে, আর বাকিরা ট্র্যাশে যাবেন। এক করা পরে ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>এক করুন</translation>
    </message>
    <message>
        <source>added {date}</source>
        <translation>যোগ করা হয়েছে {date}</translation>
    </message>
    <message>
        <source>1 contact, purchase or deal</source>
        <translation>১টি যোগাযোগ, ক্রয় বা ডিল</translation>
    </message>
    <message>
        <source>{n} contacts, purchases or deals</source>
        <translation>{n}টি যোগাযোগ, ক্রয় বা ডিল</translation>
    </message>
</context>
<context>
    <name>MultiValueField</name>
    <message>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Email sending is not set up: emails wait here. Set up your mail account in File › Email sending…, or open an email in your own mail program.</source>
        <translation>ইমেইল পাঠানো চালু করা হয়নি: ইমেইলগুলো এখানে অপেক্ষা করছে। ফাইল › ইমেইল পাঠানো…-তে আপনার মেইল অ্যাকাউন্ট যোগ করুন, অথবা নিজের মেইল প্রোগ্রামে ইমেইলটি খুলুন।</translation>
    </message>
    <message>
        <source>To</source>
        <translation>প্রাপক</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>State</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>চেষ্টা</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>কারণ</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>এখনই পাঠান</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>আমার মেইল প্রোগ্রামে খুলুন</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>অপেক্ষায়</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>পাঠানো হচ্ছে</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>পাঠানো হয়েছে</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>{queued} waiting · {sent} sent · {failed} failed</source>
        <translation>{queued}টি অপেক্ষায় · {sent}টি পাঠানো হয়েছে · {failed}টি ব্যর্থ</translation>
    </message>
    <message>
        <source>The outbox is being sent already.</source>
        <translation>আউটবক্স এখন পাঠানো হচ্ছে।</translation>
    </message>
    <message>
        <source>{sent} sent, {failed} failed, {waiting} waiting for the server.</source>
        <translation>{sent}টি পাঠানো হয়েছে, {failed}টি ব্যর্থ, {waiting}টি সার্ভারের অপেক্ষায়।</translation>
    </message>
</context>
<context>
    <name>ParseErrors</name>
    <message>
        <source>&apos;{text}&apos; is not {what}: {reason}</source>
        <translation>&apos;{text}&apos; {what} নয়: {reason}</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>সঠিক পরিমাণ</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>a real date</source>
        <translation>সঠিক তারিখ</translation>
    </message>
    <message>
        <source>a real time</source>
        <translation>সঠিক সময়</translation>
    </message>
    <message>
        <source>it is {length:,} characters long</source>
        <translation>এটি {length:,} অক্ষর লম্বা</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>এটি ফাঁকা</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>এতে কোনো অঙ্ক নেই</translation>
    </message>
    <message>
        <source>hour {hour} with {period}</source>
        <translation>{period}-এর সঙ্গে ঘণ্টা {hour}</translation>
    </message>
    <message>
        <source>there is no hour {hour}</source>
        <translation>ঘণ্টা {hour} হয় না</translation>
    </message>
    <message>
        <source>there is no minute {minute}</source>
        <translation>মিনিট {minute} হয় না</translation>
    </message>
    <message>
        <source>there is no second {second}</source>
        <translation>সেকেন্ড {second} হয় না</translation>
    </message>
    <message>
        <source>offset {offset} is too large</source>
        <translation>সময়ের ব্যবধান {offset} অনেক বেশি</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>বছর {year} সীমার বাইরে</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>মাস {month} হয় না</translation>
    </message>
    <message>
        <source>there is no month {month} (read as {order})</source>
        <translation>মাস {month} হয় না ({order} হিসেবে পড়া হয়েছে)</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>দিন/মাস/বছর</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>মাস/দিন/বছর</translation>
    </message>
    <message>
        <source>there is no day {day}</source>
        <translation>দিন {day} হয় না</translation>
    </message>
    <message>
        <source>{month} {year} has {days} days</source>
        <translation>{month} {year}-এ {days} দিন</translation>
    </message>
    <message>
        <source>the year &apos;{digits}&apos; should have 2 or 4 digits</source>
        <translation>বছর &apos;{digits}&apos;-এ ২ বা ৪টি অঙ্ক থাকা উচিত</translation>
    </message>
    <message>
        <source>the day &apos;{digits}&apos; has too many digits</source>
        <translation>দিন &apos;{digits}&apos;-এ অঙ্ক বেশি</translation>
    </message>
    <message>
        <source>unknown word &apos;{word}&apos;</source>
        <translation>অচেনা শব্দ &apos;{word}&apos;</translation>
    </message>
    <message>
        <source>expected a date like 2010-12-01, 01/12/2010 or 1 Dec 2010</source>
        <translation>২০১০-১২-০১, ০১/১২/২০১০ বা ১ ডিসেম্বর ২০১০-এর মতো তারিখ লিখুন</translation>
    </message>
    <message>
        <source>more than one month name</source>
        <translation>একাধিক মাসের নাম</translation>
    </message>
    <message>
        <source>more than one weekday name</source>
        <translation>একাধিক বারের নাম</translation>
    </message>
    <message>
        <source>it needs a day and a year</source>
        <translation>দিন ও বছর দুটোই লাগবে</translation>
    </message>
    <message>
        <source>no day or year</source>
        <translation>দিন বা বছর নেই</translation>
    </message>
    <message>
        <source>too many numbers</source>
        <translation>সংখ্যা বেশি হয়ে গেছে</translation>
    </message>
    <message>
        <source>two years and no day</source>
        <translation>দুটি বছর আছে, কিন্তু দিন নেই</translation>
    </message>
    <message>
        <source>{day} {month} {year} is a {actual}, not a {said}</source>
        <translation>{day} {month} {year} {actual}, {said} নয়</translation>
    </message>
    <message>
        <source>only a time, no date</source>
        <translation>শুধু সময় আছে, তারিখ নেই</translation>
    </message>
    <message>
        <source>January</source>
        <translation>জানুয়ারি</translation>
    </message>
    <message>
        <source>February</source>
        <translation>ফেব্রুয়ারি</translation>
    </message>
    <message>
        <source>March</source>
        <translation>মার্চ</translation>
    </message>
    <message>
        <source>April</source>
        <translation>এপ্রিল</translation>
    </message>
    <message>
        <source>May</source>
        <translation>মে</translation>
    </message>
    <message>
        <source>June</source>
        <translation>জুন</translation>
    </message>
    <message>
        <source>July</source>
        <translation>জুলাই</translation>
    </message>
    <message>
        <source>August</source>
        <translation>আগস্ট</translation>
    </message>
    <message>
        <source>September</source>
        <translation>সেপ্টেম্বর</translation>
    </message>
    <message>
        <source>October</source>
        <translation>অক্টোবর</translation>
    </message>
    <message>
        <source>November</source>
        <translation>নভেম্বর</translation>
    </message>
    <message>
        <source>December</source>
        <translation>ডিসেম্বর</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>সোমবার</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>মঙ্গলবার</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>বুধবার</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>বৃহস্পতিবার</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>শুক্রবার</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>শনিবার</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>রবিবার</translation>
    </message>
    <message>
        <source>unexpected text &apos;{text}&apos;</source>
        <translation>অপ্রত্যাশিত লেখা &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>a comma in the wrong place</source>
        <translation>কমা ভুল জায়গায়</translation>
    </message>
    <message>
        <source>a comma cannot be a decimal point; use &apos;.&apos; for decimals</source>
        <translation>কমা দশমিক বিন্দু হতে পারে না; দশমিকের জন্য &apos;.&apos; দিন</translation>
    </message>
    <message>
        <source>digits grouped wrongly; use 1,234,567.50 or 12,34,567.50</source>
        <translation>কমা দিয়ে অঙ্ক ভাগ ভুল হয়েছে; ১২,৩৪,৫৬৭.৫০ বা 1,234,567.50 এভাবে লিখুন</translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation>একাধিক দশমিক বিন্দু</translation>
    </message>
    <message>
        <source>a comma after the decimal point</source>
        <translation>দশমিক বিন্দুর পরে কমা</translation>
    </message>
    <message>
        <source>{currency} amounts have no decimal places</source>
        <translation>{currency}-এর পরিমাণে দশমিক হয় না</translation>
    </message>
    <message>
        <source>{count} decimal places, but {currency} has only {digits}</source>
        <translation>দশমিকের পরে {count}টি অঙ্ক, কিন্তু {currency}-এ কেবল {digits}টি হয়</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>সংখ্যাটি অনেক বড়</translation>
    </message>
    <message>
        <source>more than one number (no spaces inside a number)</source>
        <translation>একাধিক সংখ্যা (সংখ্যার ভেতরে ফাঁকা রাখবেন না)</translation>
    </message>
    <message>
        <source>a sign after the number; put the minus first</source>
        <translation>সংখ্যার পরে চিহ্ন; মাইনাস (-) আগে দিন</translation>
    </message>
    <message>
        <source>more than one sign</source>
        <translation>একাধিক চিহ্ন</translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation>বন্ধনী জোড়া মেলেনি</translation>
    </message>
    <message>
        <source>both parentheses and a sign</source>
        <translation>বন্ধনী ও চিহ্ন দুটোই আছে</translation>
    </message>
    <message>
        <source>&apos;/-&apos; or &apos;only&apos; before the number</source>
        <translation>সংখ্যার আগে &apos;/-&apos; বা &apos;only&apos;</translation>
    </message>
    <message>
        <source>more than one &apos;/-&apos;</source>
        <translation>একাধিক &apos;/-&apos;</translation>
    </message>
    <message>
        <source>more than one currency sign on one side</source>
        <translation>এক পাশে একাধিক মুদ্রার চিহ্ন</translation>
    </message>
    <message>
        <source>two different currencies ({first} and {second})</source>
        <translation>দুটি আলাদা মুদ্রা ({first} ও {second})</translation>
    </message>
    <message>
        <source>it is in {found}, not {currency}</source>
        <translation>এটি {found}-এ, {currency}-এ নয়</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Remove</source>
        <translation>সরান</translation>
    </message>
</context>
<context>
    <name>PipelineView</name>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>ধাপ সম্পাদনা…</translation>
    </message>
    <message>
        <source>Add, rename or reorder stages and set their chance of winning</source>
        <translation>ধাপ যোগ করুন, নাম বা ক্রম বদলান এবং জেতার সম্ভাবনা ঠিক করুন</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>নতুন ডিল</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>দায়িত্বে:</translation>
    </message>
    <message>
        <source>Loading deals…</source>
        <translation>ডিল আসছে…</translation>
    </message>
    <message>
        <source>{count} open deals · {total} · weighted {weighted}</source>
        <translation>{count}টি চলমান ডিল · {total} · সম্ভাবনা অনুযায়ী {weighted}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>সবাই</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>গ্রাহক খুলুন</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>পরের ধাপে নিন</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>আগের ধাপে নিন</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>যে ধাপে নেবেন</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>জেতা হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>হারানো হিসেবে চিহ্নিত করুন…</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>একটি কাজ যোগ করুন…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ট্র্যাশে সরান</translation>
    </message>
    <message>
        <source>“{deal}” moved to the trash.</source>
        <translation>“{deal}” ট্র্যাশে সরানো হয়েছে।</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>the customer&apos;s first name</source>
        <translation>গ্রাহকের নামের প্রথম অংশ</translation>
    </message>
    <message>
        <source>the customer&apos;s full name</source>
        <translation>গ্রাহকের পুরো নাম</translation>
    </message>
    <message>
        <source>the customer&apos;s company</source>
        <translation>গ্রাহকের প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>the customer&apos;s city</source>
        <translation>গ্রাহকের শহর</translation>
    </message>
    <message>
        <source>the date of the last purchase</source>
        <translation>শেষ ক্রয়ের তারিখ</translation>
    </message>
    <message>
        <source>the deal&apos;s title</source>
        <translation>ডিলের শিরোনাম</translation>
    </message>
    <message>
        <source>the deal&apos;s value</source>
        <translation>ডিলের মূল্য</translation>
    </message>
    <message>
        <source>the ticket&apos;s subject</source>
        <translation>টিকেটের বিষয়</translation>
    </message>
    <message>
        <source>the name of the customer&apos;s owner</source>
        <translation>গ্রাহকের দায়িত্বপ্রাপ্ত জনের নাম</translation>
    </message>
    <message>
        <source>your shop&apos;s name (Settings)</source>
        <translation>আপনার দোকানের নাম (সেটিংস)</translation>
    </message>
    <message>
        <source>today&apos;s date</source>
        <translation>আজকের তারিখ</translation>
    </message>
    <message>
        <source>a brace is not closed or not opened ({reason}); write {{{{ or }}}} for a brace</source>
        <translation>একটি বন্ধনী খোলা বা বন্ধ করা হয়নি ({reason}); শুধু বন্ধনী লিখতে {{{{ বা }}}} লিখুন</translation>
    </message>
    <message>
        <source>not a placeholder: {what}</source>
        <translation>এটি কোনো বসানোর ঘর নয়: {what}</translation>
    </message>
    <message>
        <source>unknown placeholder {names}; use {known}</source>
        <translation>অচেনা বসানোর ঘর {names}; এগুলো ব্যবহার করুন: {known}</translation>
    </message>
    <message>
        <source>unknown placeholders {names}; use {known}</source>
        <translation>অচেনা বসানোর ঘর {names}; এগুলো ব্যবহার করুন: {known}</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>Thank you for your purchase</source>
        <translation>কেনাকাটার জন্য ধন্যবাদ</translation>
    </message>
    <message>
        <source>Thank you, {first_name}!</source>
        <translation>ধন্যবাদ, {first_name}!</translation>
    </message>
    <message>
        <source>Dear {first_name},

Thank you for shopping with us. We hope you enjoy your purchase; if anything is not right, just reply to this email.

With thanks,
{shop_name}</source>
        <translation>প্রিয় {first_name},

আমাদের কাছ থেকে কেনাকাটার জন্য ধন্যবাদ। আশা করি জিনিসটি আপনার ভালো লাগবে; কোনো সমস্যা থাকলে এই ইমেইলের উত্তর দিলেই হবে।

ধন্যবাদান্তে,
{shop_name}</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>জন্মদিনের শুভেচ্ছা</translation>
    </message>
    <message>
        <source>Happy birthday, {first_name}!</source>
        <translation>শুভ জন্মদিন, {first_name}!</translation>
    </message>
    <message>
        <source>Dear {first_name},

Everyone at {shop_name} wishes you a very happy birthday!

Best wishes,
{shop_name}</source>
        <translation>প্রিয় {first_name},

{shop_name}-এর সবার পক্ষ থেকে আপনাকে জন্মদিনের অনেক শুভেচ্ছা!

শুভকামনায়,
{shop_name}</translation>
    </message>
    <message>
        <source>We received your complaint</source>
        <translation>আপনার অভিযোগ আমরা পেয়েছি</translation>
    </message>
    <message>
        <source>We are looking into it: {ticket_subject}</source>
        <translation>আমরা বিষয়টি দেখছি: {ticket_subject}</translation>
    </message>
    <message>
        <source>Dear {first_name},

Thank you for telling us about “{ticket_subject}”. We are sorry for the trouble and are looking into it now; we will get back to you soon.

{shop_name}</source>
        <translation>প্রিয় {first_name},

“{ticket_subject}” বিষয়টি জানানোর জন্য ধন্যবাদ। অসুবিধার জন্য আমরা দুঃখিত; বিষয়টি এখনই দেখছি এবং শিগগিরই আপনাকে জানাব।

{shop_name}</translation>
    </message>
    <message>
        <source>Thank-you email after a purchase</source>
        <translation>ক্রয়ের পর ধন্যবাদ ইমেইল</translation>
    </message>
    <message>
        <source>No contact for 30 days → call task</source>
        <translation>৩০ দিন যোগাযোগ নেই → কল করার কাজ</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>{name}-কে কল করুন</translation>
    </message>
    <message>
        <source>Acknowledge a complaint</source>
        <translation>অভিযোগ পাওয়ার খবর জানান</translation>
    </message>
    <message>
        <source>Follow up 3 days after a quote</source>
        <translation>কোটেশনের ৩ দিন পর ফলো-আপ</translation>
    </message>
    <message>
        <source>Follow up on the quote: {deal_title}</source>
        <translation>কোটেশনের ফলো-আপ: {deal_title}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>ফাইলটি কেমন পড়া যাচ্ছে দেখুন</translation>
    </message>
    <message>
        <source>The first rows as they will be imported. If letters look wrong or the columns are not split right, change the settings; the preview follows.</source>
        <translation>প্রথম কয়েকটি সারি, যেভাবে আমদানি হবে। অক্ষর ভুল দেখালে বা কলাম ঠিকমতো ভাগ না হলে সেটিং বদলান; প্রিভিউ সাথে সাথে বদলাবে।</translation>
    </message>
    <message>
        <source>The first row holds the column names</source>
        <translation>প্রথম সারিতে কলামের নাম আছে</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>এনকোডিং</translation>
    </message>
    <message>
        <source>Columns split at</source>
        <translation>কলাম ভাগ হবে</translation>
    </message>
    <message>
        <source>Encoding: {reason}.</source>
        <translation>এনকোডিং: {reason}।</translation>
    </message>
    <message>
        <source>Columns: {reason}.</source>
        <translation>কলাম: {reason}।</translation>
    </message>
    <message>
        <source>First row: {reason}.</source>
        <translation>প্রথম সারি: {reason}।</translation>
    </message>
    <message>
        <source>{count} cell(s) in these rows hold only a placeholder such as &apos;-&apos;, &apos;N/A&apos; or &apos;null&apos;: they are read as empty.</source>
        <translation>এই সারিগুলোর {count}টি ঘরে শুধু &apos;-&apos;, &apos;N/A&apos; বা &apos;null&apos;-এর মতো খালি-চিহ্ন আছে: সেগুলো খালি ধরা হবে।</translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <source>Add purchase</source>
        <translation>ক্রয় যোগ করুন</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>পরিমাণ</translation>
    </message>
    <message>
        <source>e.g. 1,500 or ১৫০০ (a minus for a refund)</source>
        <translation>যেমন ১৫০০ বা 1,500 (ফেরতের জন্য মাইনাস)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>e.g. 2 sarees, 5 kg rice</source>
        <translation>যেমন ২টি শাড়ি, ৫ কেজি চাল</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>রসিদ নং</translation>
    </message>
</context>
<context>
    <name>RangePicker</name>
    <message>
        <source>This month</source>
        <translation>এ মাস</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>গত ৩ মাস</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>গত ১২ মাস</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>এ বছর</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>নিজে বাছুন…</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminder(s)</source>
        <translation>
            <numerusform>%nটি রিমাইন্ডার ছুটে গেছে</numerusform>
            <numerusform>%nটি রিমাইন্ডার ছুটে গেছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%nটি কাজের সময় হয়েছে</numerusform>
            <numerusform>%nটি কাজের সময় হয়েছে</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s tasks</source>
        <translation>আজকের কাজ</translation>
    </message>
    <message>
        <source>Nothing due today</source>
        <translation>আজ কোনো কাজ নেই</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>Snooze 1 hour</source>
        <translation>১ ঘণ্টা পরে মনে করান</translation>
    </message>
    <message>
        <source>Show CRM Desktop</source>
        <translation>CRM Desktop দেখান</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Reminders</source>
        <translation>রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>শেষ সময়</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>পরে মনে করান</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>১৫ মিনিট</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>১ ঘণ্টা</translation>
    </message>
    <message>
        <source>3 hours</source>
        <translation>৩ ঘণ্টা</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>আগামীকাল সকালে</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>গ্রাহক খুলুন</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Reminders missed while CRM Desktop was closed</source>
        <translation>CRM Desktop বন্ধ থাকার সময় ছুটে যাওয়া রিমাইন্ডার</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>এখনই করার</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>রিপোর্ট</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>লক্ষ্য…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF রপ্তানি…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>হালনাগাদ হচ্ছে…</translation>
    </message>
    <message>
        <source>The reports could not be computed.</source>
        <translation>রিপোর্ট তৈরি করা যায়নি।</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF রপ্তানি</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ হয়নি</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} সংরক্ষিত হয়েছে</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Edit rule</source>
        <translation>নিয়ম সম্পাদনা</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>নতুন নিয়ম</translation>
    </message>
    <message>
        <source>e.g. Thank VIP customers after a purchase</source>
        <translation>যেমন ক্রয়ের পর VIP গ্রাহকদের ধন্যবাদ জানান</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>শর্ত যোগ করুন</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>কাজ যোগ করুন</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>When</source>
        <translation>যখন</translation>
    </message>
    <message>
        <source>Only if</source>
        <translation>শুধু যদি</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>তাহলে</translation>
    </message>
    <message>
        <source>Texts may use {first_name}, {name}, {deal_title}, {ticket_subject}, {shop_name} …</source>
        <translation>লেখায় {first_name}, {name}, {deal_title}, {ticket_subject}, {shop_name} … ব্যবহার করা যায়</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>{name}-কে কল করুন</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <source>Rules</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>নতুন নিয়ম</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>এখনই যাচাই করুন</translation>
    </message>
    <message>
        <source>Run the time-based rules now instead of waiting for the next check</source>
        <translation>পরের যাচাইয়ের অপেক্ষা না করে সময়ভিত্তিক নিয়মগুলো এখনই চালান</translation>
    </message>
    <message>
        <source>Follow-ups on autopilot: a rule waits for something to happen, checks its conditions and acts. Ready-made rules are listed switched off — tick one to turn it on; it acts on what happens from then on.</source>
        <translation>স্বয়ংক্রিয় ফলো-আপ: একটি নিয়ম কোনো ঘটনার অপেক্ষা করে, শর্ত মিলিয়ে দেখে, তারপর কাজ করে। তৈরি নিয়মগুলো বন্ধ অবস্থায় দেওয়া আছে — চালু করতে টিক দিন; তারপর থেকে যা ঘটবে তার ওপর কাজ করবে।</translation>
    </message>
    <message>
        <source>On</source>
        <translation>চালু</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>নিয়ম</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>শেষ চালানো</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>কতবার</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ব্যর্থ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>সম্পাদনা…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ইতিহাস</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>ফলাফল</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>কী হয়েছে</translation>
    </message>
    <message>
        <source>Switch the rule on or off</source>
        <translation>নিয়ম চালু বা বন্ধ করুন</translation>
    </message>
    <message>
        <source>  · ready-made</source>
        <translation>  · তৈরি নিয়ম</translation>
    </message>
    <message>
        <source>History of “{name}”</source>
        <translation>“{name}”-এর ইতিহাস</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>বাদ পড়েছে</translation>
    </message>
    <message>
        <source>Deal moved</source>
        <translation>ডিল সরেছে</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>ডিল জেতা</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>ডিল হারানো</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>নতুন গ্রাহক</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Ticket opened</source>
        <translation>টিকেট খোলা</translation>
    </message>
    <message>
        <source>Ticket overdue</source>
        <translation>টিকেটের সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>যোগাযোগ নেই</translation>
    </message>
    <message>
        <source>No purchase</source>
        <translation>ক্রয় নেই</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>জন্মদিন</translation>
    </message>
    <message>
        <source>“{name}” is on.</source>
        <translation>“{name}” চালু হয়েছে।</translation>
    </message>
    <message>
        <source>“{name}” is off.</source>
        <translation>“{name}” বন্ধ হয়েছে।</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>নিয়ম মুছুন</translation>
    </message>
    <message>
        <source>Delete “{name}” and its history?</source>
        <translation>“{name}” ও এর ইতিহাস মুছবেন?</translation>
    </message>
    <message>
        <source>Rules checked: {done} done, {failed} failed.</source>
        <translation>নিয়ম যাচাই হয়েছে: {done}টি সম্পন্ন, {failed}টি ব্যর্থ।</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>সেরা গ্রাহক</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>বিশ্বস্ত</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>সম্ভাব্য বিশ্বস্ত</translation>
    </message>
    <message>
        <source>New</source>
        <translation>নতুন</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>সম্ভাবনাময়</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>মনোযোগ দরকার</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>হারানোর ঝুঁকিতে</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>হারানো চলবে না</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>নিষ্ক্রিয়</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>with or without {what}</source>
        <translation>{what} থাকুক বা না থাকুক</translation>
    </message>
    <message>
        <source>must have {what}</source>
        <translation>{what} থাকতেই হবে</translation>
    </message>
    <message>
        <source>without {what}</source>
        <translation>{what} নেই এমন</translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message>
        <source>New segment</source>
        <translation>নতুন গ্রাহক-দল</translation>
    </message>
    <message>
        <source>any of these tags, separated by commas</source>
        <translation>এই ট্যাগগুলোর যেকোনোটি, কমা দিয়ে আলাদা</translation>
    </message>
    <message>
        <source>any</source>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>দিন/মাস/বছর</translation>
    </message>
    <message>
        <source>at least ৳</source>
        <translation>কমপক্ষে ৳</translation>
    </message>
    <message>
        <source>at most ৳</source>
        <translation>সর্বোচ্চ ৳</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>ইমেইল ঠিকানা</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>ফোন নম্বর</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>উৎস</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>দায়িত্বে</translation>
    </message>
    <message>
        <source>Interested in</source>
        <translation>আগ্রহ</translation>
    </message>
    <message>
        <source>Customers grouped by how recently, how often and how much they buy: e.g. Champions buy often and lately, At risk used to buy and have stopped.</source>
        <translation>কত সম্প্রতি, কত ঘনঘন আর কত টাকার কেনেন — সেই অনুযায়ী গ্রাহকদের দল: যেমন “সেরা গ্রাহক” প্রায়ই ও সম্প্রতি কেনেন, “হারানোর ঝুঁকিতে” আগে কিনতেন, এখন কেনা থামিয়েছেন।</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>কেনাকাটার ধরন অনুযায়ী দল</translation>
    </message>
    <message>
        <source>after</source>
        <translation>পরে</translation>
    </message>
    <message>
        <source>before</source>
        <translation>আগে</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>শেষ ক্রয়</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>মোট খরচ</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>যোগাযোগের উপায়</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>গ্রাহক-দল সংরক্ষণ</translation>
    </message>
    <message>
        <source>Show customers</source>
        <translation>গ্রাহক দেখান</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>যে কেউ</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>%n জন গ্রাহক মিলেছে</numerusform>
            <numerusform>%n জন গ্রাহক মিলেছে</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>গ্রাহক-দল</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ভাষা</translation>
    </message>
    <message>
        <source>System</source>
        <translation>সিস্টেমের ভাষা</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>উইন্ডোর ভাষা</translation>
    </message>
    <message>
        <source>Applied the next time CRM Desktop starts. System follows this computer&apos;s language.</source>
        <translation>CRM Desktop পরের বার চালু হলে কার্যকর হবে। “সিস্টেমের ভাষা” এই কম্পিউটারের ভাষা অনুসরণ করে।</translation>
    </message>
    <message>
        <source>Saved. The new language shows after a restart.</source>
        <translation>সংরক্ষিত। নতুন ভাষা আবার চালু করার পর দেখাবে।</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>ফোন নম্বর</translation>
    </message>
    <message>
        <source>Country of local numbers</source>
        <translation>স্থানীয় নম্বরের দেশ</translation>
    </message>
    <message>
        <source>Numbers typed without a country code, such as 01712-345678, are read as numbers of this country. Numbers already saved keep what they were.</source>
        <translation>দেশের কোড ছাড়া লেখা নম্বর, যেমন 01712-345678, এই দেশের নম্বর হিসেবে ধরা হবে। আগে সংরক্ষিত নম্বর যেমন ছিল তেমনই থাকবে।</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>পাইপলাইন</translation>
    </message>
    <message>
        <source> days</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source> day</source>
        <translation> দিন</translation>
    </message>
    <message>
        <source>Flag a deal after</source>
        <translation>যত দিন পর ডিলে সতর্কতা</translation>
    </message>
    <message>
        <source>A deal with no activity for this long gets a warning on its card.</source>
        <translation>এতদিন কোনো কাজ না হলে ডিলের কার্ডে সতর্কতা দেখাবে।</translation>
    </message>
    <message>
        <source>Edit stages…</source>
        <translation>ধাপ সম্পাদনা…</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>পরিবর্তনের ইতিহাস</translation>
    </message>
    <message>
        <source>Who uses this computer</source>
        <translation>এই কম্পিউটার কে ব্যবহার করছেন</translation>
    </message>
    <message>
        <source>Changes made here are recorded under this name.</source>
        <translation>এখানে করা পরিবর্তনগুলো এই নামে লেখা থাকবে।</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>সবসময়</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>২ বছর</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>১ বছর</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>৯০ দিন</translation>
    </message>
    <message>
        <source>Keep the history of changes</source>
        <translation>পরিবর্তনের ইতিহাস রাখুন</translation>
    </message>
    <message>
        <source>Each customer&apos;s page shows who changed what (the Changes filter). Older changes are removed when CRM Desktop starts; customers and deals themselves are never touched.</source>
        <translation>প্রতিটি গ্রাহকের পাতায় দেখা যায় কে কী বদলেছেন (“পরিবর্তন” ফিল্টার)। CRM Desktop চালু হওয়ার সময় এর চেয়ে পুরোনো পরিবর্তনগুলো সরানো হয়; গ্রাহক বা ডিলে কখনো হাত দেওয়া হয় না।</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ডেটাবেস</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>অন্য ডেটাবেস খুলুন…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>ফোল্ডারে দেখান</translation>
    </message>
    <message>
        <source>All customers, deals and tasks are in this one file. Opening another file closes this window and reopens CRM Desktop with that file.</source>
        <translation>সব গ্রাহক, ডিল ও কাজ এই একটি ফাইলেই আছে। অন্য ফাইল খুললে এই উইন্ডো বন্ধ হয়ে সেই ফাইল নিয়ে CRM Desktop আবার খুলবে।</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} দিন</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>সংরক্ষিত হয়েছে।</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>অন্য ডেটাবেস খুলুন</translation>
    </message>
    <message>
        <source>CRM databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>CRM ডেটাবেস (*.sqlite3 *.db);;সব ফাইল (*)</translation>
    </message>
    <message>
        <source>Cannot open that file</source>
        <translation>ফাইলটি খোলা যাচ্ছে না</translation>
    </message>
    <message>
        <source>CRM Desktop will close and open {file}. Everything here is already saved.</source>
        <translation>CRM Desktop বন্ধ হয়ে {file} খুলবে। এখানকার সবকিছু আগেই সংরক্ষিত আছে।</translation>
    </message>
    <message>
        <source>CRM Desktop could not be started again.</source>
        <translation>CRM Desktop আবার চালু করা যায়নি।</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} মেগাবাইট</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Chance of winning a deal in this stage</source>
        <translation>এই ধাপে ডিল জেতার সম্ভাবনা</translation>
    </message>
    <message>
        <source>Drop a deal here to mark it won.</source>
        <translation>জেতা হিসেবে চিহ্নিত করতে ডিল এখানে ছাড়ুন।</translation>
    </message>
    <message>
        <source>Drop a deal here to mark it lost.</source>
        <translation>হারানো হিসেবে চিহ্নিত করতে ডিল এখানে ছাড়ুন।</translation>
    </message>
    <message>
        <source>No deals in this stage.</source>
        <translation>এই ধাপে কোনো ডিল নেই।</translation>
    </message>
    <message>
        <source>{count} deals</source>
        <translation>{count}টি ডিল</translation>
    </message>
    <message>
        <source>weighted {weighted}</source>
        <translation>সম্ভাবনা অনুযায়ী {weighted}</translation>
    </message>
    <message>
        <source>Total {total}
Weighted by the stage&apos;s {percent}% chance: {weighted}</source>
        <translation>মোট {total}
ধাপের {percent}% সম্ভাবনা অনুযায়ী: {weighted}</translation>
    </message>
    <message>
        <source>closed in the last {days} days</source>
        <translation>গত {days} দিনে শেষ হয়েছে</translation>
    </message>
    <message>
        <source>Total {total}</source>
        <translation>মোট {total}</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <source>Pipeline stages</source>
        <translation>পাইপলাইনের ধাপ</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>ধাপ যোগ করুন</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>ওপরে নিন</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>নিচে নিন</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Double-click a name or a chance to change it. Won and Lost stay at the end; a stage can be deleted once no deal is in it.</source>
        <translation>বদলাতে নাম বা সম্ভাবনায় ডাবল-ক্লিক করুন। জেতা ও হারানো ধাপ শেষে থাকে; কোনো ডিল না থাকলে তবেই ধাপ মোছা যায়।</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>নতুন ধাপ</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <source>Stage</source>
        <translation>ধাপ</translation>
    </message>
    <message>
        <source>Chance of winning</source>
        <translation>জেতার সম্ভাবনা</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>চলমান</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>জেতা</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>হারানো</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>ধাপের একটি নাম দিন।</translation>
    </message>
    <message>
        <source>The chance of winning is a percentage from 0 to 100.</source>
        <translation>জেতার সম্ভাবনা ০ থেকে ১০০-র মধ্যে একটি শতাংশ।</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Opening balance</source>
        <translation>আগের বাকি</translation>
    </message>
    <message>
        <source>Sale on credit</source>
        <translation>বাকিতে বিক্রি</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>জমা</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>সমন্বয়</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>মওকুফ</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>সংশোধন</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>নগদ টাকা</translation>
    </message>
    <message>
        <source>bKash</source>
        <translation>বিকাশ</translation>
    </message>
    <message>
        <source>Nagad</source>
        <translation>নগদ</translation>
    </message>
    <message>
        <source>Rocket</source>
        <translation>রকেট</translation>
    </message>
    <message>
        <source>card</source>
        <translation>কার্ড</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>ব্যাংক</translation>
    </message>
    <message>
        <source>other</source>
        <translation>অন্যান্য</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>হিসাবের বিবরণী</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} থেকে {end}</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>তৈরি: {when}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Bengali date</source>
        <translation>বাংলা তারিখ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিবরণ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>টাকা</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>বাকি</translation>
    </message>
    <message>
        <source>Brought forward ({count} earlier entries)</source>
        <translation>আগের জের ({count}টি আগের এন্ট্রি)</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>মোট বাকি</translation>
    </message>
    <message>
        <source>Paid in advance</source>
        <translation>অগ্রিম জমা</translation>
    </message>
    <message>
        <source>Unpaid since {date}, due {due}</source>
        <translation>{date} থেকে বাকি, পরিশোধের দিন {due}</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} দিন পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>No entries yet.</source>
        <translation>এখনো কোনো এন্ট্রি নেই।</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>আপনার দোকান</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>{path} is an empty file (0 bytes), not a database — restore a backup? The file was not changed.</source>
        <translation>{path} একটি খালি ফাইল (০ বাইট), ডেটাবেস নয় — একটি ব্যাকআপ থেকে ফিরিয়ে আনবেন? ফাইলটি বদলানো হয়নি।</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Nothing was written to it. Restore a backup, or open another file.</source>
        <translation>{path} ক্ষতিগ্রস্ত ({detail})। এতে কিছুই লেখা হয়নি। একটি ব্যাকআপ থেকে ফিরিয়ে আনুন, অথবা অন্য একটি ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>The disk holding {path} is full ({free} MB free). Free some space and try again.</source>
        <translation>{path} যে ডিস্কে আছে সেটি ভরে গেছে ({free} MB খালি)। কিছু জায়গা খালি করে আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>added</source>
        <translation>যোগ হয়েছে</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>হালনাগাদ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>বাদ</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>আলাদা রাখা</translation>
    </message>
    <message>
        <source>Save the rows with problems as…</source>
        <translation>সমস্যাযুক্ত সারিগুলো যে নামে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>এই আমদানি ফিরিয়ে নিন</translation>
    </message>
    <message>
        <source>Show these customers</source>
        <translation>এই গ্রাহকদের দেখান</translation>
    </message>
    <message>
        <source>Import {batch} of {file} is saved. It is in the import history, where it can be undone.</source>
        <translation>{file}-এর আমদানি {batch} সংরক্ষিত হয়েছে। এটি আমদানির ইতিহাসে আছে, সেখান থেকে ফিরিয়ে নেওয়া যায়।</translation>
    </message>
    <message>
        <source>Nothing was changed: every row was already in the list or had problems.</source>
        <translation>কিছুই বদলানো হয়নি: প্রতিটি সারি হয় আগেই তালিকায় ছিল, নয়তো তাতে সমস্যা ছিল।</translation>
    </message>
    <message>
        <source>{count} row(s) with problems were set aside in &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;, with the line and the reason for each; fix them there and import that file.</source>
        <translation>সমস্যাযুক্ত {count}টি সারি &lt;a href=&quot;{url}&quot;&gt;{name}&lt;/a&gt;-এ আলাদা রাখা হয়েছে, প্রতিটির লাইন ও কারণসহ; সেখানে ঠিক করে ফাইলটি আমদানি করুন।</translation>
    </message>
    <message>
        <source>{count} warning(s): those rows were imported; odd phone numbers and emails were kept as written in custom fields, not verified.</source>
        <translation>{count}টি সতর্কতা: এই সারিগুলো আমদানি হয়েছে; অদ্ভুত ফোন নম্বর ও ইমেইল যেমন লেখা তেমনই নিজস্ব ঘরে রাখা হয়েছে, যাচাই ছাড়া।</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>সমস্যাযুক্ত সারিগুলো সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ফাইল (*.csv)</translation>
    </message>
    <message>
        <source>The import was undone: the list is as it was before.</source>
        <translation>আমদানি ফিরিয়ে নেওয়া হয়েছে: তালিকা আগের মতো হয়ে গেছে।</translation>
    </message>
    <message>
        <source>Imported from {file}</source>
        <translation>{file} থেকে আমদানি করা</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষণ হয়নি</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>নতুন কাজ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>e.g. Call back about the quote</source>
        <translation>যেমন কোটেশন নিয়ে আবার কল করুন</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>শেষ সময়</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কখন</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>কম</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>সাধারণ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <source>Optional: type a name or phone number…</source>
        <translation>ঐচ্ছিক: নাম বা ফোন নম্বর লিখুন…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>নোট</translation>
    </message>
    <message>
        <source>say what needs doing</source>
        <translation>কী করতে হবে লিখুন</translation>
    </message>
    <message>
        <source>choose a customer from the list, or leave it empty</source>
        <translation>তালিকা থেকে একজন গ্রাহক বাছুন, বা ফাঁকা রাখুন</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>নতুন কাজ</translation>
    </message>
    <message>
        <source>Tick a task when it is done · double-click opens its customer · Delete removes it · right-click for more</source>
        <translation>কাজ শেষ হলে টিক দিন · দুবার ক্লিক করলে গ্রাহক খোলে · Delete চাপলে মুছে যায় · আরও বিকল্পের জন্য ডান-ক্লিক করুন</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>আজ</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>আসন্ন</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>সময় পেরোনো কিছু নেই।</translation>
    </message>
    <message>
        <source>Nothing else due today.</source>
        <translation>আজ আর কোনো কাজ নেই।</translation>
    </message>
    <message>
        <source>No upcoming tasks. Add one with “New task”.</source>
        <translation>আসন্ন কোনো কাজ নেই। “নতুন কাজ” দিয়ে যোগ করুন।</translation>
    </message>
    <message>
        <source>Finished tasks will show here.</source>
        <translation>শেষ হওয়া কাজ এখানে দেখাবে।</translation>
    </message>
    <message>
        <source>“{deal}” is closed and no longer on the board.</source>
        <translation>“{deal}” শেষ হয়েছে, তাই আর বোর্ডে নেই।</translation>
    </message>
    <message>
        <source>Mark as not done</source>
        <translation>হয়নি হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>হয়েছে হিসেবে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>গ্রাহক খুলুন</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>ডিল খুলুন</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>কাজ মুছুন</translation>
    </message>
    <message>
        <source>Deleted the task “{task}”.</source>
        <translation>“{task}” কাজটি মুছে ফেলা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>New template</source>
        <translation>নতুন টেমপ্লেট</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>বসান:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>নাম</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Preview (with sample values)</source>
        <translation>প্রিভিউ (নমুনা তথ্যসহ)</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>টেমপ্লেট সংরক্ষণ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Dear {first_name},



{shop_name}</source>
        <translation>প্রিয় {first_name},



{shop_name}</translation>
    </message>
</context>
<context>
    <name>TicketDialog</name>
    <message>
        <source>Open ticket</source>
        <translation>টিকেট খুলুন</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ধরন</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>অভিযোগ</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>অনুরোধ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>বিষয়</translation>
    </message>
    <message>
        <source>e.g. Delivery came two days late</source>
        <translation>যেমন ডেলিভারি দুই দিন দেরিতে এসেছে</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>কম</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>সাধারণ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>বেশি</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>বিস্তারিত</translation>
    </message>
</context>
<context>
    <name>TicketsView</name>
    <message>
        <source>Tickets</source>
        <translation>টিকেট</translation>
    </message>
    <message>
        <source>Open and in progress</source>
        <translation>খোলা ও চলমান</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খোলা</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>সমাধান হয়েছে</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>All</source>
        <translation>সব</translation>
    </message>
    <message>
        <source>Complaints and requests</source>
        <translation>অভিযোগ ও অনুরোধ</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>অভিযোগ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>অনুরোধ</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>যেকোনো গুরুত্ব</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>যে কেউ</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>শুধু সময় পেরোনো</translation>
    </message>
    <message>
        <source>Due times…</source>
        <translation>উত্তরের সময়…</translation>
    </message>
    <message>
        <source>How long you give yourself to answer, by priority</source>
        <translation>গুরুত্ব অনুযায়ী উত্তর দিতে কত সময় নেবেন</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>শুরু করুন</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>আবার খুলুন</translation>
    </message>
    <message>
        <source>Assign or prioritise</source>
        <translation>দায়িত্ব বা গুরুত্ব ঠিক করুন</translation>
    </message>
    <message>
        <source>Double-click opens the customer · open a ticket from the customer&apos;s page</source>
        <translation>ডাবল-ক্লিকে গ্রাহক খুলবে · গ্রাহকের পাতা থেকে টিকেট খুলুন</translation>
    </message>
    <message>
        <source>{open} open · {progress} in progress · {overdue} overdue</source>
        <translation>{open}টি খোলা · {progress}টি চলছে · {overdue}টির সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>সমাধান হয়েছে</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>দায়িত্ব দিন</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>কেউ নয়</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>গ্রাহক খুলুন</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>← Customers</source>
        <translation>← গ্রাহক</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ট্র্যাশ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Bring the selected customers back, with their history</source>
        <translation>বাছাই করা গ্রাহকদের ইতিহাসসহ ফিরিয়ে আনুন</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>ট্র্যাশ খালি করুন…</translation>
    </message>
    <message>
        <source>Deleted customers stay here, with everything about them, until you empty the Trash. So do contacts, purchases, deals and tasks deleted on their own.</source>
        <translation>ট্র্যাশ খালি না করা পর্যন্ত মুছে ফেলা গ্রাহকরা তাঁদের সব তথ্যসহ এখানে থাকেন। আলাদাভাবে মুছে ফেলা যোগাযোগ, ক্রয়, ডিল ও কাজও এখানে থাকে।</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>ট্র্যাশ খালি।</translation>
    </message>
    <message>
        <source>What</source>
        <translation>কী</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>গ্রাহক</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>মোছা হয়েছে</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>যোগাযোগ</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>ক্রয়</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>ডিল</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>কাজ</translation>
    </message>
    <message>
        <source>1 contact, purchase, deal or task</source>
        <translation>১টি যোগাযোগ, ক্রয়, ডিল বা কাজ</translation>
    </message>
    <message>
        <source>{n} contacts, purchases, deals and tasks</source>
        <translation>{n}টি যোগাযোগ, ক্রয়, ডিল ও কাজ</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>১ জন গ্রাহক</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>{n} জন গ্রাহক</translation>
    </message>
    <message>
        <source>Restored 1 item.</source>
        <translation>১টি জিনিস ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Restored {n} items.</source>
        <translation>{n}টি জিনিস ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Restored 1 customer.</source>
        <translation>১ জন গ্রাহক ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Restored {n} customers.</source>
        <translation>{n} জন গ্রাহক ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Delete 1 customer for good, with their whole history?</source>
        <translation>১ জন গ্রাহককে পুরো ইতিহাসসহ চিরতরে মুছবেন?</translation>
    </message>
    <message>
        <source>Delete {n} customers for good, with their whole history?</source>
        <translation>{n} জন গ্রাহককে পুরো ইতিহাসসহ চিরতরে মুছবেন?</translation>
    </message>
    <message>
        <source>1 deleted contact, purchase, deal or task goes too.</source>
        <translation>মুছে ফেলা ১টি যোগাযোগ, ক্রয়, ডিল বা কাজও চলে যাবে।</translation>
    </message>
    <message>
        <source>{n} deleted contacts, purchases, deals and tasks go too.</source>
        <translation>মুছে ফেলা {n}টি যোগাযোগ, ক্রয়, ডিল ও কাজও চলে যাবে।</translation>
    </message>
    <message>
        <source>Delete 1 contact, purchase, deal or task for good?</source>
        <translation>১টি যোগাযোগ, ক্রয়, ডিল বা কাজ চিরতরে মুছবেন?</translation>
    </message>
    <message>
        <source>Delete {n} contacts, purchases, deals and tasks for good?</source>
        <translation>{n}টি যোগাযোগ, ক্রয়, ডিল ও কাজ চিরতরে মুছবেন?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>এটি আর ফেরানো যাবে না।</translation>
    </message>
    <message>
        <source>Emptied the Trash: 1 thing deleted for good.</source>
        <translation>ট্র্যাশ খালি করা হয়েছে: ১টি জিনিস চিরতরে মুছে গেছে।</translation>
    </message>
    <message>
        <source>Emptied the Trash: {n} things deleted for good.</source>
        <translation>ট্র্যাশ খালি করা হয়েছে: {n}টি জিনিস চিরতরে মুছে গেছে।</translation>
    </message>
    <message>
        <source>Empty the Trash</source>
        <translation>ট্র্যাশ খালি করুন</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ট্র্যাশ খালি করুন</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CRM Desktop</source>
        <translation>CRM Desktop-এ স্বাগতম</translation>
    </message>
    <message>
        <source>Your customer book is empty. Everything stays on this computer, in one file.
How would you like to start?</source>
        <translation>আপনার গ্রাহকের খাতা এখনো খালি। সবকিছু এই কম্পিউটারেই, একটি ফাইলে থাকে।
কীভাবে শুরু করতে চান?</translation>
    </message>
    <message>
        <source>Add your first customer</source>
        <translation>প্রথম গ্রাহক যোগ করুন</translation>
    </message>
    <message>
        <source>Name, phone, email</source>
        <translation>নাম, ফোন, ইমেইল</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>ফাইল আমদানি</translation>
    </message>
    <message>
        <source>Contacts from CSV or vCard</source>
        <translation>CSV বা vCard থেকে কন্টাক্ট</translation>
    </message>
    <message>
        <source>Opens the import wizard: choose a file, match its columns, check, import.</source>
        <translation>আমদানির ধাপগুলো খোলে: ফাইল বাছুন, কলাম মেলান, যাচাই করুন, আমদানি করুন।</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>নমুনা তথ্য আনুন</translation>
    </message>
    <message>
        <source>A demo shop to try things on</source>
        <translation>চালিয়ে দেখার জন্য একটি নমুনা দোকান</translation>
    </message>
    <message>
        <source>Adds {n} made-up customers with their history. Start a new file for real data.</source>
        <translation>ইতিহাসসহ {n} জন বানানো গ্রাহক যোগ করে। আসল তথ্যের জন্য নতুন ফাইল শুরু করুন।</translation>
    </message>
    <message>
        <source>Making sample customers…</source>
        <translation>নমুনা গ্রাহক তৈরি হচ্ছে…</translation>
    </message>
    <message>
        <source>Writing their calls and messages…</source>
        <translation>তাঁদের কল ও মেসেজ লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Recording their purchases…</source>
        <translation>তাঁদের ক্রয় লেখা হচ্ছে…</translation>
    </message>
    <message>
        <source>Opening deals…</source>
        <translation>ডিল খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation>খোঁজার জন্য সূচি তৈরি হচ্ছে…</translation>
    </message>
</context>
</TS>
