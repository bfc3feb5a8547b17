<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en_GB">
<context>
    <name>AgreementActions</name>
    <message>
        <source>Reading the PDF…</source>
        <translation>Läser PDF-filen…</translation>
    </message>
    <message>
        <source>Save the PDF to send</source>
        <translation>Spara PDF-filen att skicka</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <source>Saved {name}: send it to the next signatory.</source>
        <translation>{name} har sparats: skicka den till nästa undertecknare.</translation>
    </message>
    <message>
        <source>Export archive package</source>
        <translation>Exportera arkivpaket</translation>
    </message>
    <message>
        <source>Writing the archive package {name}…</source>
        <translation>Skriver arkivpaketet {name}…</translation>
    </message>
    <message>
        <source>Archive package saved as {name}.</source>
        <translation>Arkivpaketet har sparats som {name}.</translation>
    </message>
    <message>
        <source>Opening the draft…</source>
        <translation>Öppnar utkastet…</translation>
    </message>
    <message>
        <source>Preparing the renewal…</source>
        <translation>Förbereder förnyelsen…</translation>
    </message>
    <message>
        <source>Import signed copies</source>
        <translation>Importera undertecknade exemplar</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tillbaka</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Fin&amp;ish</source>
        <translation>&amp;Slutför</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>AnnexEditor</name>
    <message>
        <source>Annex content</source>
        <translation>Bilagornas innehåll</translation>
    </message>
    <message>
        <source>List the annexes above to give them content.</source>
        <translation>Räkna upp bilagorna ovan för att ge dem innehåll.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Bilaga</translation>
    </message>
    <message>
        <source>Annex:</source>
        <translation>Bilaga:</translation>
    </message>
    <message>
        <source>Content of the annex</source>
        <translation>Bilagans innehåll</translation>
    </message>
    <message>
        <source>Title only (the content is kept elsewhere)</source>
        <translation>Endast rubrik (innehållet finns på annat håll)</translation>
    </message>
    <message>
        <source>Meeting schedule (made from the draft)</source>
        <translation>Mötesschema (av uppgifterna i utkastet)</translation>
    </message>
    <message>
        <source>Contact persons and signatories (made from the draft)</source>
        <translation>Kontaktpersoner och undertecknare (av uppgifterna i utkastet)</translation>
    </message>
    <message>
        <source>Text written here</source>
        <translation>Text som skrivs här</translation>
    </message>
    <message>
        <source>An attached PDF document</source>
        <translation>Ett bifogat PDF-dokument</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Bilagans språk</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>Avtalets språk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Text of the annex</source>
        <translation>Bilagans text</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Bifoga PDF…</translation>
    </message>
    <message>
        <source>Attach a PDF document as the annex</source>
        <translation>Bifoga ett PDF-dokument som bilaga</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bifogad fil</translation>
    </message>
    <message>
        <source>Annex message</source>
        <translation>Meddelande om bilagan</translation>
    </message>
    <message>
        <source>Attached: {name} ({size} kB)</source>
        <translation>Bifogad: {name} ({size} kB)</translation>
    </message>
    <message>
        <source>No file attached yet.</source>
        <translation>Ingen fil har bifogats ännu.</translation>
    </message>
    <message>
        <source>Attach a PDF as the annex</source>
        <translation>Bifoga en PDF som bilaga</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Filen {name} kan inte läsas: {reason}</translation>
    </message>
    <message>
        <source>The file was not attached: {reason}</source>
        <translation>Filen bifogades inte: {reason}</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>State authority</source>
        <translation>Statlig myndighet</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Läroanstalt</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Förening</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Annan organisation</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Varje månad</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Varannan månad</translation>
    </message>
    <message>
        <source>Four times a year</source>
        <translation>Fyra gånger om året</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Två gånger om året</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>En gång om året</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>Koordinatorn</translation>
    </message>
    <message>
        <source>The coordinating group</source>
        <translation>Den koordinerande gruppen</translation>
    </message>
    <message>
        <source>The parties in turn</source>
        <translation>Parterna i tur och ordning</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiska möten</translation>
    </message>
    <message>
        <source>Remotely</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>In person and remotely (hybrid)</source>
        <translation>På plats och på distans (hybrid)</translation>
    </message>
    <message>
        <source>All parties agreeing</source>
        <translation>Med samtliga parters samtycke</translation>
    </message>
    <message>
        <source>A majority of the parties</source>
        <translation>Genom beslut av en majoritet av parterna</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>I samförstånd</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Genom majoritetsbeslut</translation>
    </message>
    <message>
        <source>Each party is a controller of its own data</source>
        <translation>Varje part är personuppgiftsansvarig för sina egna uppgifter</translation>
    </message>
    <message>
        <source>The parties are joint controllers</source>
        <translation>Parterna är gemensamt personuppgiftsansvariga</translation>
    </message>
    <message>
        <source>One party processes data for the others</source>
        <translation>En part behandlar uppgifter för de andras räkning</translation>
    </message>
    <message>
        <source>Open to all (CC BY 4.0)</source>
        <translation>Öppet för alla (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Free use by the parties</source>
        <translation>Fri användning för parterna</translation>
    </message>
    <message>
        <source>Each owner keeps its rights</source>
        <translation>Varje ägare behåller sina rättigheter</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>What each party commits a year. Staff time counts only with the mandate to use it: say what the staff may do for the network. Type in a cell to change it; Tab moves to the next cell.</source>
        <translation>Vad varje part förbinder sig till per år. Personalens arbetstid räknas bara med mandat att använda den: säg vad personalen får göra för nätverket. Skriv i en cell för att ändra den; Tabb flyttar till nästa cell.</translation>
    </message>
    <message>
        <source>&amp;Commitments of each party:</source>
        <translation>&amp;Parternas åtaganden:</translation>
    </message>
    <message>
        <source>How competence is &amp;kept current:</source>
        <translation>Hur &amp;kompetensen hålls aktuell:</translation>
    </message>
    <message>
        <source>e.g. two joint training days a year</source>
        <translation>t.ex. två gemensamma utbildningsdagar om året</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>One party can coordinate the network through a named coordinator, or several parties can coordinate it together as a group.</source>
        <translation>Nätverket kan koordineras av en part genom en namngiven koordinator, eller av flera parter tillsammans som en grupp.</translation>
    </message>
    <message>
        <source>&amp;One coordinating party</source>
        <translation>&amp;En koordinerande part</translation>
    </message>
    <message>
        <source>A coordinating &amp;group</source>
        <translation>En koordinerande &amp;grupp</translation>
    </message>
    <message>
        <source>Coordinating &amp;party:</source>
        <translation>Koordinerande &amp;part:</translation>
    </message>
    <message>
        <source>&amp;Use its contact person as coordinator</source>
        <translation>Använd dess &amp;kontaktperson som koordinator</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>K&amp;oordinator:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;title:</source>
        <translation>Koordinatorns t&amp;itel:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s em&amp;ail:</source>
        <translation>Koor&amp;dinatorns e-post:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s te&amp;lephone:</source>
        <translation>Koordinatorns te&amp;lefon:</translation>
    </message>
    <message>
        <source>Group &amp;members:</source>
        <translation>Gruppens &amp;medlemmar:</translation>
    </message>
    <message>
        <source>Chai&amp;r:</source>
        <translation>Ord&amp;förande:</translation>
    </message>
    <message>
        <source>&amp;Duties (one a line):</source>
        <translation>&amp;Uppgifter (en per rad):</translation>
    </message>
    <message>
        <source>e.g. convenes and prepares the meetings</source>
        <translation>t.ex. sammankallar och förbereder mötena</translation>
    </message>
    <message>
        <source>Choose a party</source>
        <translation>Välj en part</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Ingen ordförande</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Välj i kalendern</translation>
    </message>
    <message>
        <source>{field}: choose from a calendar</source>
        <translation>{field}: välj i kalendern</translation>
    </message>
    <message>
        <source>Write the date like {example}.</source>
        <translation>Skriv datumet som {example}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Choose an agreement to see who has signed it, its versions, deadlines and history.</source>
        <translation>Välj ett avtal för att se vem som har undertecknat det samt dess versioner, tidsfrister och historik.</translation>
    </message>
    <message>
        <source>Copies in circulation</source>
        <translation>Exemplar i omlopp</translation>
    </message>
    <message>
        <source>Trust of the signatures</source>
        <translation>Underskrifternas tillförlitlighet</translation>
    </message>
    <message>
        <source>Agreement details</source>
        <translation>Avtalets uppgifter</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrerad</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Versions and signed copies</source>
        <translation>Versioner och undertecknade exemplar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidsfrister</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Granskningsloggens huvud</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>Öppna &amp;PDF</translation>
    </message>
    <message>
        <source>Show the PDF to send to the next signatory</source>
        <translation>Visa PDF-filen som ska skickas till nästa undertecknare</translation>
    </message>
    <message>
        <source>Save &amp;copy to send…</source>
        <translation>Spara &amp;kopia att skicka…</translation>
    </message>
    <message>
        <source>Save the PDF to send to the next signatory</source>
        <translation>Spara PDF-filen som ska skickas till nästa undertecknare</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>&amp;Underteckna…</translation>
    </message>
    <message>
        <source>Sign the agreement with your certificate</source>
        <translation>Underteckna avtalet med ditt certifikat</translation>
    </message>
    <message>
        <source>I&amp;mport signed copy…</source>
        <translation>&amp;Importera undertecknat exemplar…</translation>
    </message>
    <message>
        <source>Record a copy a signatory sent back</source>
        <translation>Registrera ett exemplar som en undertecknare skickat tillbaka</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Än&amp;dra…</translation>
    </message>
    <message>
        <source>Change the agreement in the wizard: a new version</source>
        <translation>Ändra avtalet i guiden: det blir en ny version</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Förnya…</translation>
    </message>
    <message>
        <source>Start the next term&apos;s agreement from this one</source>
        <translation>Börja nästa avtalsperiods avtal utgående från detta</translation>
    </message>
    <message>
        <source>E&amp;xport archive…</source>
        <translation>E&amp;xportera arkivpaket…</translation>
    </message>
    <message>
        <source>Save every PDF, draft and event of the agreement as a ZIP package</source>
        <translation>Spara avtalets alla PDF-filer, utkast och händelser som ett ZIP-paket</translation>
    </message>
    <message>
        <source>Add &amp;long-term data…</source>
        <translation>Lägg till &amp;långtidsdata…</translation>
    </message>
    <message>
        <source>Store the data that keeps the signatures verifiable for years (PAdES B-LT, B-LTA), or renew it</source>
        <translation>Spara de uppgifter som håller underskrifterna kontrollerbara i åratal (PAdES B-LT, B-LTA), eller förnya dem</translation>
    </message>
    <message>
        <source>Document ID {id}</source>
        <translation>Dokument-ID {id}</translation>
    </message>
    <message>
        <source>Audit log head: {head}</source>
        <translation>Granskningsloggens huvud: {head}</translation>
    </message>
    <message>
        <source>Recording in the register…</source>
        <translation>Registreras…</translation>
    </message>
    <message>
        <source>Preparing the PDF for signing…</source>
        <translation>PDF-filen förbereds för underskrift…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Agreement drafts (*.agreement.json);;All files (*)</source>
        <translation>Avtalsutkast (*.agreement.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Öppna utkast</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-dokument (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Spara ändringarna i ”{name}” innan det stängs?</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-filer</translation>
    </message>
    <message>
        <source>What should be done with the PDF files ({count})?</source>
        <translation>Vad ska göras med PDF-filerna ({count})?</translation>
    </message>
    <message>
        <source>&amp;Import into the register</source>
        <translation>&amp;Importera till registret</translation>
    </message>
    <message>
        <source>&amp;Verify signatures</source>
        <translation>&amp;Verifiera underskrifterna</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>&lt;b&gt;The agreement is ready.&lt;/b&gt; Its draft is saved as {name}.</source>
        <translation>&lt;b&gt;Avtalet är klart.&lt;/b&gt; Dess utkast är sparat som {name}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close the agreement</source>
        <translation>Stäng avtalet</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF-filen förbereds…</translation>
    </message>
</context>
<context>
    <name>DraftingWorkspace</name>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>avtal</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Spara utkast</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutet.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… och {count} till.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Template</source>
        <translation>Avtalsmall</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation>Nätverkets namn</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Background and purpose</source>
        <translation>Bakgrund och syfte</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Registreringsland</translation>
    </message>
    <message>
        <source>Foreign registration number</source>
        <translation>Utländskt registernummer</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Typ av organisation</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Undertecknarens namn</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Undertecknarens befattning</translation>
    </message>
    <message>
        <source>Signatory&apos;s email</source>
        <translation>Undertecknarens e-post</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact person&apos;s title</source>
        <translation>Kontaktpersonens titel</translation>
    </message>
    <message>
        <source>Contact person&apos;s email</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Contact person&apos;s telephone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Coordinating party</source>
        <translation>Koordinerande part</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Coordinator&apos;s title</source>
        <translation>Koordinatorns titel</translation>
    </message>
    <message>
        <source>Coordinator&apos;s email</source>
        <translation>Koordinatorns e-post</translation>
    </message>
    <message>
        <source>Coordinator&apos;s telephone</source>
        <translation>Koordinatorns telefon</translation>
    </message>
    <message>
        <source>Members of the coordinating group</source>
        <translation>Den koordinerande gruppens medlemmar</translation>
    </message>
    <message>
        <source>Chair of the group</source>
        <translation>Gruppens ordförande</translation>
    </message>
    <message>
        <source>Duties of the coordination</source>
        <translation>Koordineringens uppgifter</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hur ofta</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Planerade möten</translation>
    </message>
    <message>
        <source>Schedule fixed ahead</source>
        <translation>Schemat fastslaget i förväg</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Sammankallas av</translation>
    </message>
    <message>
        <source>Form of meetings</source>
        <translation>Mötesform</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Staff hours a year</source>
        <translation>Personalens timmar per år</translation>
    </message>
    <message>
        <source>Mandate of the staff</source>
        <translation>Personalens mandat</translation>
    </message>
    <message>
        <source>Euros a year</source>
        <translation>Euro per år</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Keeping competence current</source>
        <translation>Kompetensens aktualitet</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begynnelsedag</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Sista giltighetsdag</translation>
    </message>
    <message>
        <source>Until further notice</source>
        <translation>Tills vidare</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Uppsägningstid</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Utvärderingsdatum</translation>
    </message>
    <message>
        <source>Admitting new parties</source>
        <translation>Godkännande av nya parter</translation>
    </message>
    <message>
        <source>Joint decisions</source>
        <translation>Gemensamma beslut</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personuppgifter</translation>
    </message>
    <message>
        <source>Roles under the GDPR</source>
        <translation>Roller enligt dataskyddsförordningen</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Kontaktperson för dataskydd</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Use of materials</source>
        <translation>Användning av material</translation>
    </message>
    <message>
        <source>Time to remedy a breach</source>
        <translation>Tid att rätta till ett avtalsbrott</translation>
    </message>
    <message>
        <source>Court for disputes</source>
        <translation>Domstol för tvister</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Plats för undertecknandet</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Datum för undertecknandet</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Valfria villkor</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bilagor</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>e.g. signing-identity.p12</source>
        <translation>t.ex. underskriftsidentitet.p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Välj identitetsfilen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitetsfil</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Identitetsfiler (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the identity file.</source>
        <translation>Välj identitetsfilen.</translation>
    </message>
    <message>
        <source>Type the file&apos;s password.</source>
        <translation>Skriv filens lösenord.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-dokument (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip);;All files (*)</source>
        <translation>ZIP-paket (*.zip);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The next or previous control, in reading order</source>
        <translation>Nästa eller föregående kontroll i läsordning</translation>
    </message>
    <message>
        <source>Tab in a table</source>
        <translation>Tab i en tabell</translation>
    </message>
    <message>
        <source>The next cell; at the last cell, on out of the table (Ctrl+Tab at once)</source>
        <translation>Nästa cell; från den sista cellen ut ur tabellen (Ctrl+Tab direkt)</translation>
    </message>
    <message>
        <source>Leave a table at once: the next or previous control</source>
        <translation>Lämna tabellen direkt: till nästa eller föregående kontroll</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+understruken bokstav</translation>
    </message>
    <message>
        <source>The field or button of that label</source>
        <translation>Fältet eller knappen med den etiketten</translation>
    </message>
    <message>
        <source>Next page, once this page is complete</source>
        <translation>Nästa sida, när den här sidan är klar</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Tillbaka till föregående sida</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Spara utkastet</translation>
    </message>
    <message>
        <source>Close the draft (asks first about unsaved changes)</source>
        <translation>Stäng utkastet (frågar först om osparade ändringar)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>The register has no agreements yet. Create the first one in the wizard, open a complete example to see how one looks, or continue a saved draft.</source>
        <translation>Registret har ännu inga avtal. Skapa det första med guiden, öppna ett färdigt exempel för att se hur ett avtal ser ut, eller fortsätt med ett sparat utkast.</translation>
    </message>
    <message>
        <source>Create an agreement</source>
        <translation>Skapa ett avtal</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Öppna exemplet</translation>
    </message>
    <message>
        <source>Open a saved draft</source>
        <translation>Öppna ett sparat utkast</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Every agreement of the register and where it stands. Choose one to see its parties, signatures and versions beside the list, and to sign, import a signed copy, open or save its PDF.</source>
        <translation>Alla avtal i registret och hur långt de har kommit. Välj ett avtal för att se dess parter, underskrifter och versioner bredvid listan, och för att underteckna det, importera en undertecknad kopia eller öppna eller spara dess PDF.</translation>
    </message>
    <message>
        <source>Find agreements by name, network or party</source>
        <translation>Sök avtal efter namn, nätverk eller part</translation>
    </message>
    <message>
        <source>Show only agreements of one status</source>
        <translation>Visa bara avtal med en viss status</translation>
    </message>
    <message>
        <source>Choose an agreement in the list</source>
        <translation>Välj ett avtal i listan</translation>
    </message>
    <message>
        <source>Open the chosen agreement&apos;s PDF</source>
        <translation>Öppna det valda avtalets PDF</translation>
    </message>
    <message>
        <source>Import a signed PDF</source>
        <translation>Importera en undertecknad PDF</translation>
    </message>
    <message>
        <source>Verify the signatures of any PDF</source>
        <translation>Kontrollera underskrifterna i vilken PDF som helst</translation>
    </message>
    <message>
        <source>Verifying signatures</source>
        <translation>Kontroll av underskrifter</translation>
    </message>
    <message>
        <source>Checks every signature of the PDFs you open: whether the document is unchanged since it was signed, who signed it and whether their certificate is trusted. Choose a file or a signature to read the details.</source>
        <translation>Kontrollerar varje underskrift i de PDF-filer du öppnar: om dokumentet är oförändrat sedan det undertecknades, vem som undertecknade det och om undertecknarens certifikat är betrott. Välj en fil eller en underskrift för att läsa detaljerna.</translation>
    </message>
    <message>
        <source>Open files to verify</source>
        <translation>Öppna filer att kontrollera</translation>
    </message>
    <message>
        <source>Open a folder to verify</source>
        <translation>Öppna en mapp att kontrollera</translation>
    </message>
    <message>
        <source>Choose a file, open its signatures</source>
        <translation>Välj en fil, öppna dess underskrifter</translation>
    </message>
    <message>
        <source>Close the verification</source>
        <translation>Stäng kontrollen</translation>
    </message>
    <message>
        <source>Finished agreement</source>
        <translation>Färdigt avtal</translation>
    </message>
    <message>
        <source>The finished agreement as a PDF, ready to be printed or signed.</source>
        <translation>Det färdiga avtalet som PDF, klart att skrivas ut eller undertecknas.</translation>
    </message>
    <message>
        <source>Turn the pages</source>
        <translation>Bläddra mellan sidorna</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Undertecknande</translation>
    </message>
    <message>
        <source>Sign the chosen agreement with your signing identity: choose the identity, type its password, and say why and where you sign. The signature is added to the PDF and recorded in the register.</source>
        <translation>Underteckna det valda avtalet med din signeringsidentitet: välj identiteten, skriv dess lösenord och ange varför och var du undertecknar. Underskriften läggs till i PDF-filen och registreras i registret.</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Lösenordet</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Underteckna</translation>
    </message>
    <message>
        <source>Cancel; the password is forgotten</source>
        <translation>Avbryt; lösenordet glöms</translation>
    </message>
    <message>
        <source>Identities and trust</source>
        <translation>Identiteter och förtroende</translation>
    </message>
    <message>
        <source>Your signing identities, the network&apos;s own certificate authority (CA), the certificates you trust and the timestamp server.</source>
        <translation>Dina signeringsidentiteter, nätverkets egen certifikatutfärdare (CA), de certifikat du litar på och tidsstämpelservern.</translation>
    </message>
    <message>
        <source>The next tab</source>
        <translation>Nästa flik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The window&apos;s language and where the register is kept.</source>
        <translation>Fönstrets språk och var registret finns.</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Choose the kind of agreement and its language.</source>
        <translation>Välj typ av avtal och dess språk.</translation>
    </message>
    <message>
        <source>Name the network, its region and what it is for.</source>
        <translation>Ange nätverkets namn, region och syfte.</translation>
    </message>
    <message>
        <source>Which party coordinates the network, who, and their tasks.</source>
        <translation>Vilken part som samordnar nätverket, vem som samordnar och vilka uppgifter hen har.</translation>
    </message>
    <message>
        <source>How often the network meets and the planned dates (Enter adds the date typed).</source>
        <translation>Hur ofta nätverket träffas och de planerade datumen (Enter lägger till det inskrivna datumet).</translation>
    </message>
    <message>
        <source>What each party commits a year: staff time with its mandate, money, premises.</source>
        <translation>Vad varje part förbinder sig till per år: personalens arbetstid med mandat, pengar och lokaler.</translation>
    </message>
    <message>
        <source>When the agreement starts and ends, and its other terms.</source>
        <translation>När avtalet börjar och upphör samt dess övriga villkor.</translation>
    </message>
    <message>
        <source>Finish: save the complete agreement</source>
        <translation>Slutför: spara det färdiga avtalet</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Den här hjälpen</translation>
    </message>
    <message>
        <source>Every organisation in the agreement and who signs for it; the party chosen in the table is the one shown below it.</source>
        <translation>Alla organisationer i avtalet och vem som undertecknar för dem; uppgifterna om den part som valts i tabellen visas under tabellen.</translation>
    </message>
    <message>
        <source>Anything still missing in the whole agreement; choose a line to go to its page.</source>
        <translation>Allt som fortfarande saknas i hela avtalet; välj en rad för att gå till dess sida.</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Lägg till en part</translation>
    </message>
    <message>
        <source>Add a signatory to the party</source>
        <translation>Lägg till en undertecknare för parten</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Nytt avtal</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Page: {step}</source>
        <translation>Sida: {step}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Added to the register</source>
        <translation>Tillagt i registret</translation>
    </message>
    <message>
        <source>New version recorded</source>
        <translation>Ny version registrerad</translation>
    </message>
    <message>
        <source>Prepared for signing</source>
        <translation>Förberett för underskrift</translation>
    </message>
    <message>
        <source>Signed copy imported</source>
        <translation>Undertecknat exemplar importerat</translation>
    </message>
    <message>
        <source>Copy refused</source>
        <translation>Exemplaret avvisades</translation>
    </message>
    <message>
        <source>Long-term validation data added</source>
        <translation>Långtidsdata för validering tillagda</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Förnyat</translation>
    </message>
    <message>
        <source>Superseded by its renewal</source>
        <translation>Ersatt av det förnyade avtalet</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Uppsagt</translation>
    </message>
    <message>
        <source>Certificate pinned for a signatory</source>
        <translation>Certifikat fäst för en undertecknare</translation>
    </message>
    <message>
        <source>Prepared PDF</source>
        <translation>Förberedd PDF</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Validation data added</source>
        <translation>Valideringsdata tillagda</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Sista dag för uppsägning</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Avtalet upphör</translation>
    </message>
    <message>
        <source>Agreement review</source>
        <translation>Översyn av avtalet</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Undertecknat {when}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>betrodd</translation>
    </message>
    <message>
        <source>signer not trusted</source>
        <translation>undertecknaren ej betrodd</translation>
    </message>
    <message>
        <source>Signed a parallel copy — must sign the current version</source>
        <translation>Undertecknade en parallell kopia — måste underteckna den aktuella versionen</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Inte undertecknat ännu</translation>
    </message>
    <message>
        <source>superseded {when}</source>
        <translation>ersatt {when}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>gällande</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Recorded by the user account {user}</source>
        <translation>Registrerad av användarkontot {user}</translation>
    </message>
    <message>
        <source>copy to send on</source>
        <translation>exemplaret att skicka vidare</translation>
    </message>
    <message>
        <source>File: {name}
SHA-256: {sha256}</source>
        <translation>Fil: {name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Prepared by the user account {user}</source>
        <translation>Förberedd av användarkontot {user}</translation>
    </message>
    <message>
        <source>Imported by the user account {user}</source>
        <translation>Importerad av användarkontot {user}</translation>
    </message>
    <message>
        <source>trusted at import</source>
        <translation>betrodd vid importen</translation>
    </message>
    <message>
        <source>not trusted at import (signer&apos;s certificate unknown)</source>
        <translation>inte betrodd vid importen (undertecknarens certifikat okänt)</translation>
    </message>
    <message>
        <source>Certificate holder: {name}</source>
        <translation>Certifikatets innehavare: {name}</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Organisation: {organisation}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {fingerprint}</source>
        <translation>Certifikatets SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>Signed: {when}</source>
        <translation>Undertecknat: {when}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Avtalstid</translation>
    </message>
    <message>
        <source>Until further notice ({months} months&apos; notice)</source>
        <translation>Tills vidare ({months} månaders uppsägningstid)</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Identities and trust</source>
        <translation>Identiteter och förtroende</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Mina identiteter</translation>
    </message>
    <message>
        <source>Network CA</source>
        <translation>Nätverks-CA</translation>
    </message>
    <message>
        <source>Trust and timestamps</source>
        <translation>Förtroende och tidsstämplar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>New signing identity</source>
        <translation>Ny underskriftsidentitet</translation>
    </message>
    <message>
        <source>New network CA</source>
        <translation>Ny nätverks-CA</translation>
    </message>
    <message>
        <source>Issue an identity to a partner</source>
        <translation>Utfärda en identitet till en partner</translation>
    </message>
    <message>
        <source>e.g. 0208201-1</source>
        <translation>t.ex. 0208201-1</translation>
    </message>
    <message>
        <source>&amp;Name of the CA:</source>
        <translation>&amp;CA:ns namn:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenordet &amp;igen:</translation>
    </message>
    <message>
        <source>&amp;Trust the identities this CA issues</source>
        <translation>Li&amp;ta på identiteter som denna CA utfärdar</translation>
    </message>
    <message>
        <source>Trust the identities this CA issues</source>
        <translation>Lita på identiteter som denna CA utfärdar</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Utfärda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>A network CA issues identities to the partners&apos; signatories. Every auditor who trusts the CA then trusts their signatures. Keep its file and password safe.</source>
        <translation>Nätverkets CA (certifikatutfärdare) utfärdar identiteter till partnernas undertecknare. Varje granskare som litar på CA:n litar då också på deras underskrifter. Förvara CA:ns fil och lösenord säkert.</translation>
    </message>
    <message>
        <source>The identity is saved as a file protected by this password. Hand the file to its holder and tell the password separately (by phone, not in the same e-mail).</source>
        <translation>Identiteten sparas i en fil som skyddas av detta lösenord. Ge filen till innehavaren och meddela lösenordet separat (per telefon, inte i samma e-post).</translation>
    </message>
    <message>
        <source>A self-issued identity: its signatures are intact and show your name, but others trust them only after checking its fingerprint with you.</source>
        <translation>En identitet som du utfärdar själv: dess underskrifter är intakta och visar ditt namn, men andra litar på dem först när de har kontrollerat dess fingeravtryck med dig.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>”{value}” är inte en e-postadress.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{title}: this copy is already in the register; nothing changed.</source>
        <translation>{title}: detta exemplar finns redan i registret; inget ändrades.</translation>
    </message>
    <message>
        <source>{title}: recorded the signature of {names}. Now: {status}.</source>
        <translation>{title}: underskriften av {names} har registrerats. Nu: {status}.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not among the trusted ones; its signature is intact.</source>
        <translation>Certifikatet för {name} hör inte till de betrodda; underskriften är intakt.</translation>
    </message>
    <message>
        <source>Must sign the copy to send on again: {names}.</source>
        <translation>Måste underteckna exemplaret som skickas vidare på nytt: {names}.</translation>
    </message>
    <message>
        <source>Signed copies imported</source>
        <translation>Undertecknade exemplar importerade</translation>
    </message>
    <message>
        <source>Not every PDF was accepted</source>
        <translation>Alla PDF-filer godtogs inte</translation>
    </message>
</context>
<context>
    <name>IssuedPanel</name>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Utfärdade certifikat</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>E&amp;xport a CRL…</source>
        <translation>E&amp;xportera spärrlista…</translation>
    </message>
    <message>
        <source>Certificates this CA issued:</source>
        <translation>Certifikat som denna CA utfärdat:</translation>
    </message>
    <message>
        <source>Revoked {date}</source>
        <translation>Återkallat {date}</translation>
    </message>
    <message>
        <source>Revoked the certificate of {name}. Export a CRL and publish it, so that verifiers learn of it.</source>
        <translation>Certifikatet för {name} återkallades. Exportera en spärrlista och publicera den, så att de som kontrollerar får veta det.</translation>
    </message>
    <message>
        <source>Export the network&apos;s CRL</source>
        <translation>Exportera nätverkets spärrlista</translation>
    </message>
    <message>
        <source>Certificate revocation lists (*.crl);;All files (*)</source>
        <translation>Spärrlistor (*.crl);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Saved {name}: {count} revoked, valid until {date}. Publish it where the certificates point, and export a new one before then.</source>
        <translation>Sparade {name}: {count} återkallade, giltig till {date}. Publicera den där certifikaten pekar och exportera en ny före dess.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Förhandsvisningen förbereds…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Förhandsvisningen uppdateras…</translation>
    </message>
    <message>
        <source>The preview cannot be updated: {reason}</source>
        <translation>Förhandsvisningen kan inte uppdateras: {reason}</translation>
    </message>
</context>
<context>
    <name>LongTermAction</name>
    <message>
        <source>Adding long-term validation data…</source>
        <translation>Lägger till långtidsdata för validering…</translation>
    </message>
    <message>
        <source>Added {level} validation data; recorded as a new revision.</source>
        <translation>Lade till valideringsdata för {level}; registrerat som en ny revision.</translation>
    </message>
    <message>
        <source>Renew it before {date}.</source>
        <translation>Förnya dem före {date}.</translation>
    </message>
</context>
<context>
    <name>LongTermDialog</name>
    <message>
        <source>Add long-term validation data</source>
        <translation>Lägg till långtidsdata för validering</translation>
    </message>
    <message>
        <source>B-LT: the data to check the signatures for years</source>
        <translation>B-LT: uppgifterna för att kontrollera underskrifterna i åratal</translation>
    </message>
    <message>
        <source>B-LTA: and a document timestamp over it</source>
        <translation>B-LTA: och en dokumenttidsstämpel över dem</translation>
    </message>
    <message>
        <source>Once the last signature is in, the certificates and revocation lists that check each signature are stored in the PDF (B-LT), so it can be verified long after the certificates expire. B-LTA adds a document timestamp over them; add it again before that timestamp&apos;s certificate expires to renew it. The result is recorded as a new revision of the agreement.</source>
        <translation>När den sista underskriften finns sparas de certifikat och spärrlistor som kontrollerar varje underskrift i PDF-filen (B-LT), så att den kan verifieras långt efter att certifikaten gått ut. B-LTA lägger till en dokumenttidsstämpel över dem; lägg till den igen innan tidsstämpelns certifikat går ut för att förnya den. Resultatet registreras som en ny revision av avtalet.</translation>
    </message>
    <message>
        <source>B-LTA needs a timestamp server: set one under Tools › Identities and trust.</source>
        <translation>B-LTA behöver en tidsstämpelserver: ange en under Verktyg › Identiteter och förtroende.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivå:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nytt avtal…</translation>
    </message>
    <message>
        <source>Start a new agreement in the wizard</source>
        <translation>Börja ett nytt avtal med guiden</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>Ö&amp;ppna utkast…</translation>
    </message>
    <message>
        <source>Continue a saved draft</source>
        <translation>Fortsätt med ett sparat utkast</translation>
    </message>
    <message>
        <source>Open an &amp;example</source>
        <translation>Öppna ett &amp;exempel</translation>
    </message>
    <message>
        <source>Open a complete example draft</source>
        <translation>Öppna ett färdigt exempelutkast</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Spara utkast</translation>
    </message>
    <message>
        <source>Save the draft to continue later</source>
        <translation>Spara utkastet för att fortsätta senare</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>Spara utkast s&amp;om…</translation>
    </message>
    <message>
        <source>&amp;Import signed PDF…</source>
        <translation>&amp;Importera undertecknad PDF…</translation>
    </message>
    <message>
        <source>Add a signed copy of an agreement to the register</source>
        <translation>Lägg till ett undertecknat exemplar av ett avtal i registret</translation>
    </message>
    <message>
        <source>&amp;Verify signatures…</source>
        <translation>&amp;Verifiera underskrifter…</translation>
    </message>
    <message>
        <source>Check the signatures of any PDF</source>
        <translation>Kontrollera underskrifterna i valfri PDF-fil</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Agreement Studio &amp;help</source>
        <translation>&amp;Hjälp för Agreement Studio</translation>
    </message>
    <message>
        <source>&amp;About Agreement Studio</source>
        <translation>&amp;Om Agreement Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Senaste &amp;utkast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Find agreements</source>
        <translation>Sök avtal</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Import signed PDFs</source>
        <translation>Importera undertecknade PDF-filer</translation>
    </message>
    <message>
        <source>Verify signatures</source>
        <translation>Verifiera underskrifter</translation>
    </message>
    <message>
        <source>About Agreement Studio</source>
        <translation>Om Agreement Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Agreement Studio&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Draft, sign and keep network continuation agreements.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Agreement Studio&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Upprätta, underteckna och förvara avtal om fortsatt nätverkssamarbete.&lt;/p&gt;&lt;p&gt;Licensierat under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation>Öppnar registret…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Öppna utkast</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Sparat: {name}</translation>
    </message>
    <message>
        <source>Importing and verifying PDFs is not available in this version.</source>
        <translation>Import och verifiering av PDF-filer finns inte i den här versionen.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>A network stays alive when it meets regularly on dates known well ahead.</source>
        <translation>Ett nätverk hålls levande när det möts regelbundet på datum som är kända i god tid.</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Hur &amp;ofta:</translation>
    </message>
    <message>
        <source>Planned &amp;meetings:</source>
        <translation>&amp;Planerade möten:</translation>
    </message>
    <message>
        <source>Date to add</source>
        <translation>Datum att lägga till</translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation>&amp;Lägg till datum</translation>
    </message>
    <message>
        <source>&amp;Remove date</source>
        <translation>Ta &amp;bort datum</translation>
    </message>
    <message>
        <source>Da&amp;te to add:</source>
        <translation>&amp;Datum att lägga till:</translation>
    </message>
    <message>
        <source>&amp;Schedule fixed ahead:</source>
        <translation>Schemat fastslås i &amp;förväg:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Convened by:</source>
        <translation>Sammankallas a&amp;v:</translation>
    </message>
    <message>
        <source>&amp;Where meetings are held:</source>
        <translation>&amp;Mötesform:</translation>
    </message>
    <message>
        <source>Type a date first.</source>
        <translation>Skriv först ett datum.</translation>
    </message>
</context>
<context>
    <name>MyIdentitiesTab</name>
    <message>
        <source>Identities kept in Agreement Studio, each in a file protected by its own password. Choose one when you sign.</source>
        <translation>Identiteter som förvaras i Agreement Studio, var och en i en fil skyddad av ett eget lösenord. Välj en när du undertecknar.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utfärdad av</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Mina identiteter</translation>
    </message>
    <message>
        <source>&amp;New identity…</source>
        <translation>&amp;Ny identitet…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importera en fil…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>sig själv</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (har gått ut)</translation>
    </message>
    <message>
        <source>Import an identity file</source>
        <translation>Importera en identitetsfil</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Identitetsfiler (*.p12 *.pfx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Password of {name}:</source>
        <translation>Lösenordet till {name}:</translation>
    </message>
    <message>
        <source>The password does not open the file. Nothing was imported.</source>
        <translation>Lösenordet öppnar inte filen. Ingenting importerades.</translation>
    </message>
    <message>
        <source>This file is not a signing identity: its certificate is a certificate authority&apos;s (CA) or is not allowed to sign. Import an identity the CA issued instead. Nothing was imported.</source>
        <translation>Filen är ingen identitet för underskrift: dess certifikat tillhör en certifikatutfärdare (CA) eller får inte användas för underskrifter. Importera i stället en identitet som CA:n har utfärdat. Ingenting importerades.</translation>
    </message>
    <message>
        <source>Remove an identity</source>
        <translation>Ta bort en identitet</translation>
    </message>
    <message>
        <source>Remove the identity of {name} ({organisation}), SHA-256 {fingerprint}? Its key file is deleted from Agreement Studio and you can no longer sign with it. Agreements already signed with it, and the register, stay as they are.</source>
        <translation>Ta bort identiteten för {name} ({organisation}), SHA-256 {fingerprint}? Dess nyckelfil raderas från Agreement Studio och du kan inte längre underteckna med den. Avtal som redan undertecknats med den, och registret, förblir som de är.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Removed the identity of {name}.</source>
        <translation>Identiteten för {name} togs bort.</translation>
    </message>
</context>
<context>
    <name>NetworkCaTab</name>
    <message>
        <source>The coordinator can run the network&apos;s own certificate authority (CA): it issues each partner&apos;s signatory an identity, and whoever trusts the CA trusts their signatures.</source>
        <translation>Koordinatorn kan driva nätverkets egen certifikatutfärdare (CA): den utfärdar en identitet till varje partners undertecknare, och den som litar på CA:n litar på deras underskrifter.</translation>
    </message>
    <message>
        <source>No network CA is open.</source>
        <translation>Ingen nätverks-CA är öppen.</translation>
    </message>
    <message>
        <source>&amp;Create a network CA…</source>
        <translation>&amp;Skapa en nätverks-CA…</translation>
    </message>
    <message>
        <source>&amp;Open a network CA…</source>
        <translation>Ö&amp;ppna en nätverks-CA…</translation>
    </message>
    <message>
        <source>Issue an identity to a &amp;partner…</source>
        <translation>&amp;Utfärda en identitet till en partner…</translation>
    </message>
    <message>
        <source>Issue for an agreement&apos;s &amp;signatories…</source>
        <translation>Utfärda till ett avtals under&amp;tecknare…</translation>
    </message>
    <message>
        <source>Identity files (*.p12);;All files (*)</source>
        <translation>Identitetsfiler (*.p12);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Open: {name} ({organisation}), valid until {date}.</source>
        <translation>Öppen: {name} ({organisation}), giltig till {date}.</translation>
    </message>
    <message>
        <source>Save the network CA</source>
        <translation>Spara nätverkets CA</translation>
    </message>
    <message>
        <source>The CA is saved. Give auditors its certificate {name}.</source>
        <translation>CA:n har sparats. Ge granskarna dess certifikat {name}.</translation>
    </message>
    <message>
        <source>Open a network CA</source>
        <translation>Öppna en nätverks-CA</translation>
    </message>
    <message>
        <source>Password of {name}:</source>
        <translation>Lösenordet till {name}:</translation>
    </message>
    <message>
        <source>The password does not open the CA file.</source>
        <translation>Lösenordet öppnar inte CA-filen.</translation>
    </message>
    <message>
        <source>Save the identity to hand over</source>
        <translation>Spara identiteten som ska överlämnas</translation>
    </message>
    <message>
        <source>Saved {name}. Hand it over, and tell its password separately.</source>
        <translation>{name} har sparats. Överlämna den och meddela lösenordet separat.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and purpose</source>
        <translation>Nätverket och dess syfte</translation>
    </message>
    <message>
        <source>Which network continues, where, and why.</source>
        <translation>Vilket nätverk som fortsätter, var och varför.</translation>
    </message>
    <message>
        <source>Name of the net&amp;work:</source>
        <translation>Nät&amp;verkets namn:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>e.g. Päijät-Häme</source>
        <translation>t.ex. Päijänne-Tavastland</translation>
    </message>
    <message>
        <source>Background and &amp;purpose:</source>
        <translation>Bakgrund och s&amp;yfte:</translation>
    </message>
    <message>
        <source>How the network began, and why the parties continue it.</source>
        <translation>Hur nätverket kom till och varför parterna fortsätter det.</translation>
    </message>
    <message>
        <source>&amp;Services (one a line):</source>
        <translation>T&amp;jänster (en per rad):</translation>
    </message>
    <message>
        <source>&amp;Goals (one a line):</source>
        <translation>&amp;Mål (ett per rad):</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Add every organisation that continues the network, and the people who sign for it. A Finnish organisation is identified by its Business ID.</source>
        <translation>Lägg till varje organisation som fortsätter nätverket och de personer som undertecknar för den. En finländsk organisation identifieras med sitt FO-nummer.</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parter:</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Lägg till part</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>Ta &amp;bort part</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Flytta n&amp;ed</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisationens namn:</translation>
    </message>
    <message>
        <source>Bu&amp;siness ID:</source>
        <translation>&amp;FO-nummer:</translation>
    </message>
    <message>
        <source>1234567-8</source>
        <translation>1234567-8</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Re&amp;gistreringsland:</translation>
    </message>
    <message>
        <source>FI for Finland</source>
        <translation>FI = Finland</translation>
    </message>
    <message>
        <source>Forei&amp;gn registration number:</source>
        <translation>Utländs&amp;kt registernummer:</translation>
    </message>
    <message>
        <source>Posta&amp;l address:</source>
        <translation>Posta&amp;dress:</translation>
    </message>
    <message>
        <source>&amp;Type of organisation:</source>
        <translation>Organisationst&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Who signs for it:</source>
        <translation>&amp;Vem undertecknar:</translation>
    </message>
    <message>
        <source>Add signator&amp;y</source>
        <translation>Lägg t&amp;ill undertecknare</translation>
    </message>
    <message>
        <source>Remo&amp;ve signatory</source>
        <translation>Ta bort underte&amp;cknare</translation>
    </message>
    <message>
        <source>Contact person&apos;s na&amp;me:</source>
        <translation>Kontaktpersonens na&amp;mn:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title:</source>
        <translation>Kontaktpersonens titel:</translation>
    </message>
    <message>
        <source>Contact person&apos;s email:</source>
        <translation>Kontaktpersonens e-post:</translation>
    </message>
    <message>
        <source>Contact person&apos;s telephone:</source>
        <translation>Kontaktpersonens telefon:</translation>
    </message>
    <message>
        <source>Same as the agreement</source>
        <translation>Samma som avtalets</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>nordsamiska</translation>
    </message>
    <message>
        <source>For a screen reader: the language the organisation&apos;s name is in</source>
        <translation>För skärmläsare: det språk som organisationens namn är på</translation>
    </message>
    <message>
        <source>Language of the name:</source>
        <translation>Namnets språk:</translation>
    </message>
    <message>
        <source>Party {number}</source>
        <translation>Part {number}</translation>
    </message>
    <message>
        <source>No party chosen</source>
        <translation>Ingen part vald</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Använd minst {count} tecken.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Lösenorden är inte likadana.</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Preview status</source>
        <translation>Förhandsvisningens status</translation>
    </message>
    <message>
        <source>The PDF appears here.</source>
        <translation>PDF-filen visas här.</translation>
    </message>
    <message>
        <source>Preparing the PDF</source>
        <translation>PDF-filen förbereds</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Förhandsvisning av PDF</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Dokumentuppgifter</translation>
    </message>
    <message>
        <source>Archival format: {pdfa}</source>
        <translation>Arkivformat: {pdfa}</translation>
    </message>
    <message>
        <source>Not an archival PDF (no PDF/A claim)</source>
        <translation>Inte en arkivbeständig PDF (ingen PDF/A-märkning)</translation>
    </message>
    <message>
        <source>tagged for accessibility</source>
        <translation>taggad för tillgänglighet</translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation>inte taggad</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>PDF-filen kunde inte visas.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>Fönstrets s&amp;pråk:</translation>
    </message>
    <message>
        <source>Register location</source>
        <translation>Registrets plats</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the register file</source>
        <translation>Välj registerfilen</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Register:</translation>
    </message>
    <message>
        <source>An SQLite file, or a database address such as postgresql://server/agreements. Empty uses the register in your data folder. The command line uses the same one unless --register or {variable} names another.</source>
        <translation>En SQLite-fil eller en databasadress, till exempel postgresql://server/avtal. Tomt använder registret i din datamapp. Kommandoraden använder samma register om inte --register eller {variable} anger ett annat.</translation>
    </message>
    <message>
        <source>Now {variable} names {location}.</source>
        <translation>Nu anger {variable} registret {location}.</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add a trust anchor</source>
        <translation>Lägg till ett betrott certifikat</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the trust anchor</source>
        <translation>Ta bort det betrodda certifikatet</translation>
    </message>
    <message>
        <source>&amp;Trust anchors:</source>
        <translation>Betrodda c&amp;ertifikat:</translation>
    </message>
    <message>
        <source>Signatures whose certificates these CA certificates issued are trusted, in the window and by the command line&apos;s verify (unless --trust names others).</source>
        <translation>Underskrifter vars certifikat har utfärdats av dessa CA-certifikat betros, både i fönstret och när kommandoraden kontrollerar underskrifter (om inte --trust anger andra).</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.fi/tsa</source>
        <translation>t.ex. http://timestamp.example.fi/tsa</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Tidsstämpelserver</translation>
    </message>
    <message>
        <source>T&amp;imestamp server:</source>
        <translation>T&amp;idsstämpelserver:</translation>
    </message>
    <message>
        <source>A new language or register is used from the next start of the application.</source>
        <translation>Ett nytt språk eller register används från nästa gång programmet startas.</translation>
    </message>
    <message>
        <source>SQLite registers (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-register (*.sqlite *.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>A register is an SQLite file or a postgresql:// address, not {scheme}://.</source>
        <translation>Ett register är en SQLite-fil eller en postgresql://-adress, inte {scheme}://.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Mappen {folder} finns inte.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Lita på ett certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Give an address that begins with http:// or https://.</source>
        <translation>Ange en adress som börjar med http:// eller https://.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Party {number}</source>
        <translation>Part {number}</translation>
    </message>
    <message>
        <source>Commitments {number}</source>
        <translation>Åtaganden {number}</translation>
    </message>
    <message>
        <source>signatory {number}</source>
        <translation>undertecknare {number}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Filmapp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genväg</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-fil</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Filtyp:</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Recording the agreement in the register…</source>
        <translation>Registrerar avtalet…</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was recorded.</source>
        <translation>Ingenting ändrades, så ingen ny version registrerades.</translation>
    </message>
    <message>
        <source>The agreement is in the register.</source>
        <translation>Avtalet finns i registret.</translation>
    </message>
    <message>
        <source>Version {number} is in the register.</source>
        <translation>Version {number} finns i registret.</translation>
    </message>
    <message>
        <source>Importing {count} PDF files…</source>
        <translation>Importerar PDF-filer ({count})…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Avtalstid</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Nästa tidsfrist</translation>
    </message>
    <message>
        <source>{title}
Document ID {id}</source>
        <translation>{title}
Dokument-ID {id}</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Show agreements</source>
        <translation>Avtal som visas</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Alla avtal</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Väntar på underskrifter</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Vi&amp;sa:</translation>
    </message>
    <message>
        <source>Number of agreements</source>
        <translation>Antal avtal</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Öppnar registret…</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>No agreement matches the search or the filter.</source>
        <translation>Inget avtal motsvarar sökningen eller filtret.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown} av {total} visas</translation>
    </message>
    <message>
        <source>One agreement</source>
        <translation>Ett avtal</translation>
    </message>
    <message>
        <source>{total} agreements</source>
        <translation>{total} avtal</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Check the agreement in the preview. Finish saves it and prepares the PDF for signing.</source>
        <translation>Granska avtalet i förhandsvisningen. Slutför sparar det och förbereder PDF-filen för underskrift.</translation>
    </message>
    <message>
        <source>Still to put right</source>
        <translation>Att rätta till</translation>
    </message>
    <message>
        <source>Put these right before finishing. Choose a line and press Enter to go to its &amp;page.</source>
        <translation>Rätta till dessa innan du slutför. Välj en rad och tryck på Enter för att gå till &amp;dess sida.</translation>
    </message>
    <message>
        <source>Everything is in place. Press Finish to save the agreement and prepare its PDF.</source>
        <translation>Allt är klart. Tryck på Slutför för att spara avtalet och förbereda dess PDF-fil.</translation>
    </message>
    <message>
        <source>a coordinating group of {count} parties</source>
        <translation>en koordinerande grupp med {count} parter</translation>
    </message>
    <message>
        <source>from {start}, until further notice</source>
        <translation>från {start}, tills vidare</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Planerade möten</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Avtalstid</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>No particular reason</source>
        <translation>Inget särskilt skäl</translation>
    </message>
    <message>
        <source>Left the organisation</source>
        <translation>Lämnade organisationen</translation>
    </message>
    <message>
        <source>Replaced by a new identity</source>
        <translation>Ersatt av en ny identitet</translation>
    </message>
    <message>
        <source>The key or its password got out</source>
        <translation>Nyckeln eller dess lösenord har röjts</translation>
    </message>
    <message>
        <source>No longer signs for anyone</source>
        <translation>Undertecknar inte längre för någon</translation>
    </message>
    <message>
        <source>No longer allowed to sign</source>
        <translation>Får inte längre underteckna</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Återkalla ett certifikat</translation>
    </message>
    <message>
        <source>Revoke the certificate of {name} ({organisation}), serial {serial}? From now on its signatures count as revoked wherever the network&apos;s CRL is used. This cannot be undone.</source>
        <translation>Återkalla certifikatet för {name} ({organisation}), serienummer {serial}? Från och med nu räknas dess underskrifter som återkallade överallt där nätverkets spärrlista används. Detta kan inte ångras.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Åter&amp;kalla</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Återkalla</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the agreement</source>
        <translation>Underteckna avtalet</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>Under&amp;teckna</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Underteckna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{name} for {party}</source>
        <translation>{name} för {party}</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>&amp;Undertecknare:</translation>
    </message>
    <message>
        <source>My identities in Agreement Studio</source>
        <translation>Mina identiteter i Agreement Studio</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12, .pfx)</source>
        <translation>En PKCS#12-fil (.p12, .pfx)</translation>
    </message>
    <message>
        <source>A smart card or other token (PKCS#11)</source>
        <translation>Ett smartkort eller annan enhet (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Identitet:</translation>
    </message>
    <message>
        <source>e.g. Approved on behalf of the organisation</source>
        <translation>t.ex. Godkänt för organisationens räkning</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>e.g. Lahti</source>
        <translation>t.ex. Lahtis</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>The visible signature will look like this:</source>
        <translation>Den synliga underskriften ser ut så här:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Undertecknande</translation>
    </message>
    <message>
        <source>Every signatory has signed already.</source>
        <translation>Alla undertecknare har redan undertecknat.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Klar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>This field is for {signatory}, but the certificate is issued to {holder}. Choose the holder&apos;s own field, or another identity.</source>
        <translation>Detta fält är för {signatory}, men certifikatet är utfärdat till {holder}. Välj innehavarens eget fält eller en annan identitet.</translation>
    </message>
    <message>
        <source>The PIN is not right.</source>
        <translation>PIN-koden är fel.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Lösenordet är fel.</translation>
    </message>
</context>
<context>
    <name>SignResultPage</name>
    <message>
        <source>Signed, verified and recorded.</source>
        <translation>Undertecknat, verifierat och registrerat.</translation>
    </message>
    <message>
        <source>Signed and recorded. The signature is intact; its certificate is not among the trusted ones.</source>
        <translation>Undertecknat och registrerat. Underskriften är intakt, men dess certifikat hör inte till de betrodda.</translation>
    </message>
    <message>
        <source>Signed by: {name}, {organisation}</source>
        <translation>Undertecknad av: {name}, {organisation}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Tid: {when}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Fält: {field}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Certifikatets fingeravtryck (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The agreement now: {status}</source>
        <translation>Avtalet nu: {status}</translation>
    </message>
    <message>
        <source>The time is confirmed by a timestamp server.</source>
        <translation>Tiden är bekräftad av en tidsstämpelserver.</translation>
    </message>
    <message>
        <source>Level: PAdES {level}</source>
        <translation>Nivå: PAdES {level}</translation>
    </message>
    <message>
        <source>A certification signature: from now on only signatures and the prepared fields may be added.</source>
        <translation>En certifieringsunderskrift: från och med nu får bara underskrifter och de förberedda fälten läggas till.</translation>
    </message>
</context>
<context>
    <name>SignatoriesIssueDialog</name>
    <message>
        <source>Issue identities to an agreement&apos;s signatories</source>
        <translation>Utfärda identiteter till ett avtals undertecknare</translation>
    </message>
    <message>
        <source>Each signatory of the agreement gets an identity issued by {ca}, saved in its own file with a password of its own. Check the names, organisations and e-mail addresses; untick anyone who already has an identity.</source>
        <translation>Varje undertecknare av avtalet får en identitet utfärdad av {ca}, sparad i en egen fil med ett eget lösenord. Kontrollera namn, organisationer och e-postadresser; avmarkera den som redan har en identitet.</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Läser registret…</translation>
    </message>
    <message>
        <source>The folder for the identity files</source>
        <translation>Mappen för identitetsfilerna</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Välj mappen</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Avtal:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Issued identities</source>
        <translation>Utfärdade identiteter</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbetar</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Utfärda</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Utfärda</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>&amp;Kopiera alla</translation>
    </message>
    <message>
        <source>Copy all the passwords</source>
        <translation>Kopiera alla lösenord</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Spara till en fil…</translation>
    </message>
    <message>
        <source>Save the passwords to a file</source>
        <translation>Spara lösenorden i en fil</translation>
    </message>
    <message>
        <source>{title} ({count} signatories)</source>
        <translation>{title} ({count} undertecknare)</translation>
    </message>
    <message>
        <source>The register has no agreements yet</source>
        <translation>Registret har inga avtal ännu</translation>
    </message>
    <message>
        <source>This agreement names no signatories yet.</source>
        <translation>Avtalet anger inga undertecknare ännu.</translation>
    </message>
    <message>
        <source>Choose the folder for the identity files</source>
        <translation>Välj mappen för identitetsfilerna</translation>
    </message>
    <message>
        <source>&amp;Issue identities ({count})</source>
        <translation>&amp;Utfärda identiteter ({count})</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Välj en mapp som finns.</translation>
    </message>
    <message>
        <source>Identities issued: {count}, saved in {folder}. Hand each file to its holder and tell the password separately (by phone, not in the same e-mail). The passwords are not kept anywhere: note them before you close this window.</source>
        <translation>Utfärdade identiteter: {count}, sparade i {folder}. Ge varje fil till dess innehavare och meddela lösenordet separat (per telefon, inte i samma e-post). Lösenorden sparas ingenstans: anteckna dem innan du stänger fönstret.</translation>
    </message>
    <message>
        <source># Passwords of the identities issued by {ca}. This file holds secrets: hand each password to its holder separately, then delete this file.</source>
        <translation># Lösenord till identiteterna som utfärdats av {ca}. Den här filen innehåller hemligheter: lämna varje lösenord separat till innehavaren och radera sedan filen.</translation>
    </message>
    <message>
        <source>The names, files and passwords are on the clipboard. Paste them somewhere safe (a password manager), not into an e-mail with the files.</source>
        <translation>Namnen, filerna och lösenorden finns i urklipp. Klistra in dem på ett säkert ställe (en lösenordshanterare), inte i ett e-postmeddelande med filerna.</translation>
    </message>
    <message>
        <source>Save the passwords</source>
        <translation>Spara lösenorden</translation>
    </message>
    <message>
        <source>passwords.txt</source>
        <translation>losenord.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textfiler (*.txt)</translation>
    </message>
    <message>
        <source>The passwords were saved in {path}. That file holds secrets: only you can read it; delete it once every password has been handed over.</source>
        <translation>Lösenorden sparades i {path}. Filen innehåller hemligheter: bara du kan läsa den. Radera den när alla lösenord har lämnats över.</translation>
    </message>
    <message>
        <source>Close without keeping the passwords?</source>
        <translation>Stänga utan att spara lösenorden?</translation>
    </message>
    <message>
        <source>The passwords of the {count} identities issued are shown only here and are not kept anywhere. Without them the identity files cannot be opened. Save them to a file or copy them before you close.</source>
        <translation>Lösenorden till de {count} utfärdade identiteterna visas bara här och sparas ingenstans. Utan dem kan identitetsfilerna inte öppnas. Spara dem i en fil eller kopiera dem innan du stänger.</translation>
    </message>
    <message>
        <source>Close &amp;without them</source>
        <translation>Stäng &amp;utan dem</translation>
    </message>
</context>
<context>
    <name>SignaturePreview</name>
    <message>
        <source>Preview of the visible signature</source>
        <translation>Förhandsvisning av den synliga underskriften</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version — {name}</source>
        <translation>Undertecknad version — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt; ({signer}) covers exactly this version of {name}: the first {size} bytes of the file. Anything added later is not shown.</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt; ({signer}) omfattar exakt den här versionen av {name}: filens första {size} byte. Det som lagts till senare visas inte.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Spara som…</translation>
    </message>
    <message>
        <source>Save the signed version</source>
        <translation>Spara den undertecknade versionen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close the signed version</source>
        <translation>Stäng den undertecknade versionen</translation>
    </message>
</context>
<context>
    <name>SigningOptions</name>
    <message>
        <source>C&amp;ertify: after this signature, only signatures and the prepared fields may be added</source>
        <translation>Ce&amp;rtifiera: efter denna underskrift får bara underskrifter och de förberedda fälten läggas till</translation>
    </message>
    <message>
        <source>Certify the agreement</source>
        <translation>Certifiera avtalet</translation>
    </message>
    <message>
        <source>A certification signature locks the agreement: a reader&apos;s software shows any other change made after it.</source>
        <translation>En certifieringsunderskrift låser avtalet: läsarens program visar alla andra ändringar som görs efter den.</translation>
    </message>
    <message>
        <source>Only the first signature can certify; the agreement is signed already.</source>
        <translation>Bara den första underskriften kan certifiera; avtalet är redan undertecknat.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Ni&amp;vå:</translation>
    </message>
    <message>
        <source>B-B: the signature alone</source>
        <translation>B-B: bara underskriften</translation>
    </message>
    <message>
        <source>B-T: with a trusted time</source>
        <translation>B-T: med en betrodd tid</translation>
    </message>
    <message>
        <source>B-LT: with the data to check it for years</source>
        <translation>B-LT: med uppgifterna för att kontrollera den i åratal</translation>
    </message>
    <message>
        <source>B-LTA: with that data timestamped too</source>
        <translation>B-LTA: med även de uppgifterna tidsstämplade</translation>
    </message>
    <message>
        <source>PAdES levels: B-B is the signature alone; B-T adds a time from a timestamp server, proving when it was made; B-LT also stores in the PDF the certificates and revocation lists needed to check it years later; B-LTA adds a document timestamp over all of that, renewed in the register before it ages out.</source>
        <translation>PAdES-nivåer: B-B är bara underskriften; B-T lägger till en tid från en tidsstämpelserver som bevisar när den gjordes; B-LT sparar också i PDF-filen de certifikat och spärrlistor som behövs för att kontrollera den år senare; B-LTA lägger till en dokumenttidsstämpel över allt detta, som förnyas i registret innan den blir för gammal.</translation>
    </message>
    <message>
        <source>B-T and above need a timestamp server: set one under Tools › Identities and trust.</source>
        <translation>B-T och högre behöver en tidsstämpelserver: ange en under Verktyg › Identiteter och förtroende.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Create your first agreement</source>
        <translation>Skapa ditt första avtal</translation>
    </message>
    <message>
        <source>Agreement Studio guides you through a network continuation agreement step by step: the network, its parties, coordination, meetings and what each party commits. You see the PDF take shape as you type.</source>
        <translation>Agreement Studio guidar dig steg för steg genom ett avtal om fortsatt nätverkssamarbete: nätverket, dess parter, koordineringen, mötena och vad varje part förbinder sig till. Du ser PDF-filen ta form medan du skriver.</translation>
    </message>
    <message>
        <source>&amp;Create your first agreement</source>
        <translation>&amp;Skapa ditt första avtal</translation>
    </message>
    <message>
        <source>Open an e&amp;xample</source>
        <translation>Öppna ett &amp;exempel</translation>
    </message>
    <message>
        <source>&amp;Open a draft…</source>
        <translation>Ö&amp;ppna ett utkast…</translation>
    </message>
    <message>
        <source>&amp;Recent drafts</source>
        <translation>Senaste &amp;utkasten</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Senaste utkasten</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Ready for signing</source>
        <translation>Klart för underskrift</translation>
    </message>
    <message>
        <source>Partially signed</source>
        <translation>Delvis undertecknat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknat</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Uppsagt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersatt</translation>
    </message>
    <message>
        <source>{status} · {signed}/{total}</source>
        <translation>{status} · {signed}/{total}</translation>
    </message>
    <message>
        <source>{status} — not trusted</source>
        <translation>{status} — ej betrodd</translation>
    </message>
    <message>
        <source>{status} — {count} not trusted</source>
        <translation>{status} — ej betrodda: {count}</translation>
    </message>
    <message>
        <source>{untrusted} of the {signed} signatures were not trusted when they were imported: the signer&apos;s certificate does not come from a trusted CA and was not pinned for the signatory (for example, a self-issued identity). The signatures themselves are intact.</source>
        <translation>{untrusted} av de {signed} underskrifterna var inte betrodda när de importerades: undertecknarens certifikat kommer inte från en betrodd CA och har inte fästs för undertecknaren (till exempel en egenutfärdad identitet). Själva underskrifterna är intakta.</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>från {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>till {date}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>för {days} dagar sedan</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>om {days} dagar</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Behövs ännu: {fields}.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Template and language</source>
        <translation>Avtalsmall och språk</translation>
    </message>
    <message>
        <source>Network and purpose</source>
        <translation>Nätverket och dess syfte</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinering</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Åtaganden</translation>
    </message>
    <message>
        <source>Term and other clauses</source>
        <translation>Avtalstid och övriga villkor</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
</context>
<context>
    <name>StoredSource</name>
    <message>
        <source>{name} — {organisation} (valid until {date})</source>
        <translation>{name} — {organisation} (giltig till {date})</translation>
    </message>
    <message>
        <source>None yet: create one in Tools &gt; Identities and trust</source>
        <translation>Inga ännu: skapa en under Verktyg &gt; Identiteter och förtroende</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certifikat:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>There is no identity to choose.</source>
        <translation>Det finns ingen identitet att välja.</translation>
    </message>
    <message>
        <source>Type the identity&apos;s password.</source>
        <translation>Skriv identitetens lösenord.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Foreign registration number</source>
        <translation>Utländskt registernummer</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Staff hours a year</source>
        <translation>Personalens timmar / år</translation>
    </message>
    <message>
        <source>Mandate of the staff</source>
        <translation>Personalens mandat</translation>
    </message>
    <message>
        <source>Euros a year</source>
        <translation>Euro / år</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Template and language</source>
        <translation>Avtalsmall och språk</translation>
    </message>
    <message>
        <source>Choose the kind of agreement and the language it is written in. You can change both later.</source>
        <translation>Välj typ av avtal och det språk det skrivs på. Du kan ändra båda senare.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>&amp;Language of the agreement:</source>
        <translation>Avtalets s&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Own title (optional):</source>
        <translation>&amp;Egen rubrik (valfri):</translation>
    </message>
    <message>
        <source>Some of your own templates cannot be used:</source>
        <translation>Några av dina egna avtalsmallar kan inte användas:</translation>
    </message>
    <message>
        <source>{id} (not found)</source>
        <translation>{id} (hittades inte)</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <source>Term and other clauses</source>
        <translation>Avtalstid och övriga villkor</translation>
    </message>
    <message>
        <source>When the agreement starts and ends, how a party withdraws or joins, and the remaining terms.</source>
        <translation>När avtalet börjar och upphör, hur en part utträder eller ansluter sig, och övriga villkor.</translation>
    </message>
    <message>
        <source>Term and withdrawal</source>
        <translation>Avtalstid och utträde</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Begynnelsedag:</translation>
    </message>
    <message>
        <source>&amp;Until further notice</source>
        <translation>Tills &amp;vidare</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Sista &amp;giltighetsdag:</translation>
    </message>
    <message>
        <source>Notice &amp;period for withdrawal:</source>
        <translation>&amp;Uppsägningstid vid utträde:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> månader</translation>
    </message>
    <message>
        <source>&amp;Review date (optional):</source>
        <translation>Utvär&amp;deringsdatum (valfritt):</translation>
    </message>
    <message>
        <source>Decisions and joining</source>
        <translation>Beslut och anslutning</translation>
    </message>
    <message>
        <source>New parties &amp;admitted by:</source>
        <translation>Nya parter god&amp;känns:</translation>
    </message>
    <message>
        <source>Joint de&amp;cisions by:</source>
        <translation>Ge&amp;mensamma beslut:</translation>
    </message>
    <message>
        <source>&amp;Time to remedy a breach:</source>
        <translation>Tid att rätta till ett avtalsbr&amp;ott:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Confidentiality and data protection</source>
        <translation>Sekretess och dataskydd</translation>
    </message>
    <message>
        <source>The &amp;work involves personal data</source>
        <translation>Arbetet omfattar &amp;personuppgifter</translation>
    </message>
    <message>
        <source>Roles under the &amp;GDPR:</source>
        <translation>Ro&amp;ller enligt dataskyddsförordningen:</translation>
    </message>
    <message>
        <source>Data protection c&amp;ontact:</source>
        <translation>Kontaktp&amp;erson för dataskydd:</translation>
    </message>
    <message>
        <source>Communications, materials and disputes</source>
        <translation>Kommunikation, material och tvister</translation>
    </message>
    <message>
        <source>Co&amp;mmunications:</source>
        <translation>Kommun&amp;ikation:</translation>
    </message>
    <message>
        <source>Use of materia&amp;ls:</source>
        <translation>Anv&amp;ändning av material:</translation>
    </message>
    <message>
        <source>Court for disputes:</source>
        <translation>Domstol för tvister:</translation>
    </message>
    <message>
        <source>e.g. Päijät-Häme District Court</source>
        <translation>t.ex. Päijänne-Tavastlands tingsrätt</translation>
    </message>
    <message>
        <source>Signing and annexes</source>
        <translation>Undertecknande och bilagor</translation>
    </message>
    <message>
        <source>Place of signing:</source>
        <translation>Plats för undertecknandet:</translation>
    </message>
    <message>
        <source>Date of signing (optional):</source>
        <translation>Datum för undertecknandet (valfritt):</translation>
    </message>
    <message>
        <source>Anne&amp;xes (one a line):</source>
        <translation>Bilagor (en per rad):</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Valfria villkor</translation>
    </message>
    <message>
        <source>This template has none.</source>
        <translation>Den här mallen har inga.</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>t.ex. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 module</source>
        <translation>Välj PKCS#11-modulen</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-modul</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Nyckel:</translation>
    </message>
    <message>
        <source>PI&amp;N:</source>
        <translation>&amp;PIN-kod:</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-moduler (*.so *.dll *.dylib);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 module.</source>
        <translation>Välj PKCS#11-modulen.</translation>
    </message>
    <message>
        <source>Give the token&apos;s and the key&apos;s labels.</source>
        <translation>Ange enhetens och nyckelns namn.</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Skriv PIN-koden.</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>&amp;Identities and trust…</source>
        <translation>&amp;Identiteter och förtroende…</translation>
    </message>
    <message>
        <source>Signing identities, the network CA, trusted certificates and the timestamp server</source>
        <translation>Underskriftsidentiteter, nätverkets CA, betrodda certifikat och tidsstämpelservern</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>A signature is trusted when its certificate was issued by one of these certificates (for example your network&apos;s CA).</source>
        <translation>En underskrift är betrodd när dess certifikat har utfärdats av något av dessa certifikat (till exempel ert nätverks CA).</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Lägg till ett certifikat…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.fi/tsa</source>
        <translation>t.ex. http://timestamp.example.fi/tsa</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>Tids&amp;stämpelserver:</translation>
    </message>
    <message>
        <source>With a timestamp server, each signature carries a time confirmed by it (PAdES B-T); leave empty to sign without.</source>
        <translation>Med en tidsstämpelserver får varje underskrift en tid som servern bekräftar (PAdES B-T); lämna tomt för att underteckna utan.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Lita på ett certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Give an address that begins with http:// or https://.</source>
        <translation>Ange en adress som börjar med http:// eller https://.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verify a &amp;folder…</source>
        <translation>Verifiera en &amp;mapp…</translation>
    </message>
    <message>
        <source>Check the signatures of every PDF in a folder</source>
        <translation>Kontrollera underskrifterna i alla PDF-filer i en mapp</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <source>Verify signatures</source>
        <translation>Verifiera underskrifter</translation>
    </message>
    <message>
        <source>Looking for PDF files…</source>
        <translation>Söker PDF-filer…</translation>
    </message>
    <message>
        <source>Verified {done} of {total}: {name}</source>
        <translation>Verifierade {done} av {total}: {name}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} files.</source>
        <translation>Avbröts efter {done} av {total} filer.</translation>
    </message>
    <message>
        <source>{count} files unchanged since they were verified: not verified again.</source>
        <translation>{count} filer har inte ändrats sedan de verifierades: de verifierades inte igen.</translation>
    </message>
    <message>
        <source>{files} files verified: {valid} valid, {untrusted} untrusted, {unsigned} unsigned, {rejected} rejected (modified, invalid or error).</source>
        <translation>Verifierade filer: {files}. Giltiga {valid}, ej betrodda {untrusted}, utan underskrift {unsigned}, underkända {rejected} (ändrade, ogiltiga eller fel).</translation>
    </message>
    <message>
        <source>Trust anchors come from Preferences; add more for this session here.</source>
        <translation>Förtroendeankarna kommer från inställningarna; lägg till fler för den här sessionen här.</translation>
    </message>
    <message>
        <source>Trusted: {names}.</source>
        <translation>Betrodda: {names}.</translation>
    </message>
    <message>
        <source>No trust anchors: intact signatures show as untrusted. Add the network&apos;s CA certificate here or in Preferences.</source>
        <translation>Inga förtroendeankare: intakta underskrifter visas som ej betrodda. Lägg till nätverkets CA-certifikat här eller i inställningarna.</translation>
    </message>
    <message>
        <source>Not used: {files}</source>
        <translation>Används inte: {files}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>Spara rapporten som JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Sparade {name}.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the signed version</source>
        <translation>Spara den undertecknade versionen</translation>
    </message>
    <message>
        <source>Signed version</source>
        <translation>Undertecknad version</translation>
    </message>
</context>
<context>
    <name>VerificationDialogs</name>
    <message>
        <source>Verify PDF files</source>
        <translation>Verifiera PDF-filer</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-dokument (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Verify every PDF in a folder</source>
        <translation>Verifiera alla PDF-filer i en mapp</translation>
    </message>
    <message>
        <source>Add intermediate CA certificates</source>
        <translation>Lägg till mellanliggande CA-certifikat</translation>
    </message>
    <message>
        <source>Add trust anchors</source>
        <translation>Lägg till förtroendeankare</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>File or signature</source>
        <translation>Fil eller underskrift</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>PAdES {level}</source>
        <translation>PAdES {level}</translation>
    </message>
    <message>
        <source>not a PAdES signature</source>
        <translation>inte en PAdES-underskrift</translation>
    </message>
    <message>
        <source>REVOKED on {date}</source>
        <translation>SPÄRRAD {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>SPÄRRAD</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>inte spärrad</translation>
    </message>
    <message>
        <source>revocation status unknown</source>
        <translation>spärrstatus okänd</translation>
    </message>
    <message>
        <source>revocation not checked</source>
        <translation>spärrstatus inte kontrollerad</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Verify signatures</source>
        <translation>Verifiera underskrifter</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Close the verification</source>
        <translation>Stäng kontrollen</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Öppna filer…</translation>
    </message>
    <message>
        <source>Verify PDF files</source>
        <translation>Verifiera PDF-filer</translation>
    </message>
    <message>
        <source>Open a fol&amp;der…</source>
        <translation>Öppna en &amp;mapp…</translation>
    </message>
    <message>
        <source>Verify every PDF in a folder</source>
        <translation>Verifiera alla PDF-filer i en mapp</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Verifiera &amp;igen</translation>
    </message>
    <message>
        <source>Verify the same files again</source>
        <translation>Verifiera samma filer igen</translation>
    </message>
    <message>
        <source>Clear res&amp;ults</source>
        <translation>Rensa &amp;listan</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Ta bort alla resultat från listan</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Spara rapporten som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the verification report as a PDF</source>
        <translation>Spara verifieringsrapporten som PDF</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Spara som &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the verification report as JSON</source>
        <translation>Spara verifieringsrapporten som JSON</translation>
    </message>
    <message>
        <source>Add trust a&amp;nchor…</source>
        <translation>Lägg till &amp;förtroendeankare…</translation>
    </message>
    <message>
        <source>Trust a CA certificate for this session</source>
        <translation>Lita på ett CA-certifikat under den här sessionen</translation>
    </message>
    <message>
        <source>Add &amp;intermediate…</source>
        <translation>Lägg till mellan&amp;certifikat…</translation>
    </message>
    <message>
        <source>Add an intermediate CA certificate for this session</source>
        <translation>Lägg till ett mellanliggande CA-certifikat för den här sessionen</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Verifieringens förlopp</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Av&amp;bryt</translation>
    </message>
    <message>
        <source>Stop verifying; the files verified so far stay</source>
        <translation>Sluta verifiera; de filer som redan verifierats finns kvar</translation>
    </message>
    <message>
        <source>Only files with p&amp;roblems</source>
        <translation>&amp;Endast filer med problem</translation>
    </message>
    <message>
        <source>Show only files with problems</source>
        <translation>Visa endast filer med problem</translation>
    </message>
    <message>
        <source>Drop PDF files or a folder here, or choose Open files or Open a folder. Each file&apos;s signatures are checked: who signed, whether the file is intact, whether anything changed afterwards, and whether the signer is trusted.</source>
        <translation>Släpp PDF-filer eller en mapp här, eller välj Öppna filer eller Öppna en mapp. Varje fils underskrifter kontrolleras: vem som skrev under, om filen är intakt, om något ändrats efteråt och om undertecknaren är betrodd.</translation>
    </message>
    <message>
        <source>Show &amp;signed version</source>
        <translation>Visa den undertec&amp;knade versionen</translation>
    </message>
    <message>
        <source>Show exactly the version of the file the chosen signature covers</source>
        <translation>Visa exakt den version av filen som den valda underskriften omfattar</translation>
    </message>
    <message>
        <source>Sa&amp;ve signed version…</source>
        <translation>Spara den under&amp;tecknade versionen…</translation>
    </message>
    <message>
        <source>Save exactly the version of the file the chosen signature covers</source>
        <translation>Spara exakt den version av filen som den valda underskriften omfattar</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Verifieringens resultat</translation>
    </message>
    <message>
        <source>{done} / {total}</source>
        <translation>{done} / {total}</translation>
    </message>
</context>
<context>
    <name>VerificationWords</name>
    <message>
        <source>Signature verification report</source>
        <translation>Rapport över verifiering av underskrifter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Page {n} / {total}</source>
        <translation>Sida {n} / {total}</translation>
    </message>
    <message>
        <source>Files: {files}. Valid: {valid}. Untrusted: {untrusted}. Unsigned: {unsigned}. Rejected (modified, invalid or error): {rejected}.</source>
        <translation>Filer: {files}. Giltiga: {valid}. Ej betrodda: {untrusted}. Utan underskrift: {unsigned}. Underkända (ändrade, ogiltiga eller fel): {rejected}.</translation>
    </message>
    <message>
        <source>Trusted certificates: {names}.</source>
        <translation>Betrodda certifikat: {names}.</translation>
    </message>
    <message>
        <source>No trust anchors were given: an intact signature is at best untrusted.</source>
        <translation>Inga förtroendeankare angavs: en intakt underskrift är i bästa fall ej betrodd.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Ej betrodd</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Utan underskrift</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Every signature is intact and trusted ({count}).</source>
        <translation>Varje underskrift är intakt och betrodd ({count}).</translation>
    </message>
    <message>
        <source>Intact; signers not trusted: {untrusted} of {count}.</source>
        <translation>Intakt; undertecknare som inte är betrodda: {untrusted} av {count}.</translation>
    </message>
    <message>
        <source>The file has no signatures.</source>
        <translation>Filen har inga underskrifter.</translation>
    </message>
    <message>
        <source>Changed after signature {number}: {changes}</source>
        <translation>Ändrad efter underskrift {number}: {changes}</translation>
    </message>
    <message>
        <source>A signature is broken: {problem}</source>
        <translation>En underskrift är bruten: {problem}</translation>
    </message>
    <message>
        <source>Could not be verified: {problem}</source>
        <translation>Kunde inte verifieras: {problem}</translation>
    </message>
    <message>
        <source>Signature {number}</source>
        <translation>Underskrift {number}</translation>
    </message>
    <message>
        <source>Certification {number}</source>
        <translation>Certifiering {number}</translation>
    </message>
    <message>
        <source>Document timestamp {number}</source>
        <translation>Dokumenttidsstämpel {number}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknad av</translation>
    </message>
    <message>
        <source>Time claimed</source>
        <translation>Uppgiven tid</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Tidsstämpel</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intakt</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Ändrat efter undertecknandet</translation>
    </message>
    <message>
        <source>Added afterwards (allowed)</source>
        <translation>Tillagt efteråt (tillåtet)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Betrodd</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Omfattar</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>Yes: the signed bytes and the signature check out</source>
        <translation>Ja: de undertecknade byten och underskriften stämmer</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>{time} (trusted timestamp)</source>
        <translation>{time} (betrodd tidsstämpel)</translation>
    </message>
    <message>
        <source>{time} (not used: {reason})</source>
        <translation>{time} (används inte: {reason})</translation>
    </message>
    <message>
        <source>{time} (its authority is not trusted)</source>
        <translation>{time} (dess utfärdare är inte betrodd)</translation>
    </message>
    <message>
        <source>Yes, through “{anchor}”</source>
        <translation>Ja, genom ”{anchor}”</translation>
    </message>
    <message>
        <source>Yes: the certificate recorded for this signatory</source>
        <translation>Ja: certifikatet som registrerats för den här undertecknaren</translation>
    </message>
    <message>
        <source>No: {reason}</source>
        <translation>Nej: {reason}</translation>
    </message>
    <message>
        <source>{trust}; judged {basis}</source>
        <translation>{trust}; bedömt {basis}</translation>
    </message>
    <message>
        <source>at the time of the trusted timestamp</source>
        <translation>vid tiden för den betrodda tidsstämpeln</translation>
    </message>
    <message>
        <source>at the time the signer claims</source>
        <translation>vid den tid undertecknaren uppger</translation>
    </message>
    <message>
        <source>at the time of verification</source>
        <translation>vid verifieringen</translation>
    </message>
    <message>
        <source>at the time of a trusted document timestamp</source>
        <translation>vid tiden för en betrodd dokumenttidsstämpel</translation>
    </message>
    <message>
        <source>issued by {issuer}, valid {start} – {end}</source>
        <translation>utfärdat av {issuer}, giltigt {start} – {end}</translation>
    </message>
    <message>
        <source>it has expired since, on {date}</source>
        <translation>det har gått ut sedan dess, {date}</translation>
    </message>
    <message>
        <source>it was not yet valid at that time</source>
        <translation>det var ännu inte giltigt vid den tiden</translation>
    </message>
    <message>
        <source>it had already expired at that time</source>
        <translation>det hade redan gått ut vid den tiden</translation>
    </message>
    <message>
        <source>revision {revision} of {revisions}</source>
        <translation>revision {revision} av {revisions}</translation>
    </message>
    <message>
        <source>revision {revision} of {revisions}: the whole file</source>
        <translation>revision {revision} av {revisions}: hela filen</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Valideringstid</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Betrodda certifikat</translation>
    </message>
    <message>
        <source>Trust judged at</source>
        <translation>Förtroende bedömt vid</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Spärrning</translation>
    </message>
    <message>
        <source>PAdES level</source>
        <translation>PAdES-nivå</translation>
    </message>
    <message>
        <source>Long-term data</source>
        <translation>Långtidsdata</translation>
    </message>
    <message>
        <source>Key and digest</source>
        <translation>Nyckel och kontrollsumma</translation>
    </message>
    <message>
        <source>{time} ({basis})</source>
        <translation>{time} ({basis})</translation>
    </message>
    <message>
        <source>good: not revoked</source>
        <translation>god: inte spärrad</translation>
    </message>
    <message>
        <source>revoked on {time}</source>
        <translation>spärrad {time}</translation>
    </message>
    <message>
        <source>unknown: no revocation data could be had</source>
        <translation>okänd: inga spärruppgifter kunde fås</translation>
    </message>
    <message>
        <source>not-applicable: no revocation status was checked</source>
        <translation>ej tillämplig: ingen spärrstatus kontrollerades</translation>
    </message>
    <message>
        <source>{status} (source: {source})</source>
        <translation>{status} (källa: {source})</translation>
    </message>
    <message>
        <source>none (not a PAdES baseline signature)</source>
        <translation>ingen (inte en PAdES-grundsignatur)</translation>
    </message>
    <message>
        <source>no weakness found</source>
        <translation>ingen svaghet hittades</translation>
    </message>
    <message>
        <source>too weak (ETSI TS 119 312): {reason}</source>
        <translation>för svag (ETSI TS 119 312): {reason}</translation>
    </message>
</context>
</TS>
