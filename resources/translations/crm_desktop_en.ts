<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n h late</source>
        <translation>
            <numerusform>%n h late</numerusform>
            <numerusform>%n h late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>%n missed reminder(s)</source>
        <translation>
            <numerusform>%n missed reminder</numerusform>
            <numerusform>%n missed reminders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentsTab</name>
    <message numerus="yes">
        <source>%n customer(s) match</source>
        <translation>
            <numerusform>%n customer matches</numerusform>
            <numerusform>%n customers match</numerusform>
        </translation>
    </message>
</context>
</TS>
