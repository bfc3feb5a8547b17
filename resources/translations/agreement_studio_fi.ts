<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
<context>
    <name>AgreementActions</name>
    <message>
        <source>Reading the PDF…</source>
        <translation>Luetaan PDF:ää…</translation>
    </message>
    <message>
        <source>Save the PDF to send</source>
        <translation>Tallenna lähetettävä PDF</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Tallennetaan {name}…</translation>
    </message>
    <message>
        <source>Saved {name}: send it to the next signatory.</source>
        <translation>{name} tallennettu: lähetä se seuraavalle allekirjoittajalle.</translation>
    </message>
    <message>
        <source>Export archive package</source>
        <translation>Vie arkistopaketti</translation>
    </message>
    <message>
        <source>Writing the archive package {name}…</source>
        <translation>Kirjoitetaan arkistopakettia {name}…</translation>
    </message>
    <message>
        <source>Archive package saved as {name}.</source>
        <translation>Arkistopaketti tallennettu nimellä {name}.</translation>
    </message>
    <message>
        <source>Opening the draft…</source>
        <translation>Avataan luonnosta…</translation>
    </message>
    <message>
        <source>Preparing the renewal…</source>
        <translation>Valmistellaan uudistamista…</translation>
    </message>
    <message>
        <source>Import signed copies</source>
        <translation>Tuo allekirjoitettuja kappaleita</translation>
    </message>
</context>
<context>
    <name>AgreementWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Fin&amp;ish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>AnnexEditor</name>
    <message>
        <source>Annex content</source>
        <translation>Liitteiden sisältö</translation>
    </message>
    <message>
        <source>List the annexes above to give them content.</source>
        <translation>Luettele liitteet yllä, niin voit antaa niille sisällön.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Liite</translation>
    </message>
    <message>
        <source>Annex:</source>
        <translation>Liite:</translation>
    </message>
    <message>
        <source>Content of the annex</source>
        <translation>Liitteen sisältö</translation>
    </message>
    <message>
        <source>Title only (the content is kept elsewhere)</source>
        <translation>Vain otsikko (sisältö on muualla)</translation>
    </message>
    <message>
        <source>Meeting schedule (made from the draft)</source>
        <translation>Kokousaikataulu (luonnoksen tiedoista)</translation>
    </message>
    <message>
        <source>Contact persons and signatories (made from the draft)</source>
        <translation>Yhteyshenkilöt ja allekirjoittajat (luonnoksen tiedoista)</translation>
    </message>
    <message>
        <source>Text written here</source>
        <translation>Tähän kirjoitettava teksti</translation>
    </message>
    <message>
        <source>An attached PDF document</source>
        <translation>Liitetty PDF-asiakirja</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Sisältö:</translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation>Liitteen kieli</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>Sopimuksen kieli</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Text of the annex</source>
        <translation>Liitteen teksti</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teksti:</translation>
    </message>
    <message>
        <source>Attach PDF…</source>
        <translation>Liitä PDF…</translation>
    </message>
    <message>
        <source>Attach a PDF document as the annex</source>
        <translation>Liitä PDF-asiakirja liitteeksi</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Liitetty tiedosto</translation>
    </message>
    <message>
        <source>Annex message</source>
        <translation>Liitettä koskeva ilmoitus</translation>
    </message>
    <message>
        <source>Attached: {name} ({size} kB)</source>
        <translation>Liitetty: {name} ({size} kt)</translation>
    </message>
    <message>
        <source>No file attached yet.</source>
        <translation>Tiedostoa ei ole vielä liitetty.</translation>
    </message>
    <message>
        <source>Attach a PDF as the annex</source>
        <translation>Liitä PDF liitteeksi</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>Tiedostoa {name} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>The file was not attached: {reason}</source>
        <translation>Tiedostoa ei liitetty: {reason}</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>State authority</source>
        <translation>Valtion viranomainen</translation>
    </message>
    <message>
        <source>Educational institution</source>
        <translation>Oppilaitos</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Yhdistys</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>Muu organisaatio</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>Joka toinen kuukausi</translation>
    </message>
    <message>
        <source>Four times a year</source>
        <translation>Neljästi vuodessa</translation>
    </message>
    <message>
        <source>Twice a year</source>
        <translation>Kahdesti vuodessa</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>Kerran vuodessa</translation>
    </message>
    <message>
        <source>The coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>The coordinating group</source>
        <translation>Koordinoiva ryhmä</translation>
    </message>
    <message>
        <source>The parties in turn</source>
        <translation>Osapuolet vuorollaan</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Lähitapaamisina</translation>
    </message>
    <message>
        <source>Remotely</source>
        <translation>Etäyhteydellä</translation>
    </message>
    <message>
        <source>In person and remotely (hybrid)</source>
        <translation>Paikan päällä ja etänä (hybridi)</translation>
    </message>
    <message>
        <source>All parties agreeing</source>
        <translation>Kaikkien osapuolten suostumuksella</translation>
    </message>
    <message>
        <source>A majority of the parties</source>
        <translation>Osapuolten enemmistön päätöksellä</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Yksimielisesti</translation>
    </message>
    <message>
        <source>Majority vote</source>
        <translation>Enemmistöpäätöksellä</translation>
    </message>
    <message>
        <source>Each party is a controller of its own data</source>
        <translation>Kukin osapuoli on omien tietojensa rekisterinpitäjä</translation>
    </message>
    <message>
        <source>The parties are joint controllers</source>
        <translation>Osapuolet ovat yhteisrekisterinpitäjiä</translation>
    </message>
    <message>
        <source>One party processes data for the others</source>
        <translation>Yksi osapuoli käsittelee tietoja muiden lukuun</translation>
    </message>
    <message>
        <source>Open to all (CC BY 4.0)</source>
        <translation>Avoin kaikille (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Free use by the parties</source>
        <translation>Osapuolet voivat käyttää vapaasti</translation>
    </message>
    <message>
        <source>Each owner keeps its rights</source>
        <translation>Kukin omistaja säilyttää oikeutensa</translation>
    </message>
</context>
<context>
    <name>CommitmentsPage</name>
    <message>
        <source>Commitments</source>
        <translation>Sitoumukset</translation>
    </message>
    <message>
        <source>What each party commits a year. Staff time counts only with the mandate to use it: say what the staff may do for the network. Type in a cell to change it; Tab moves to the next cell.</source>
        <translation>Mitä kukin osapuoli sitoutuu antamaan vuodessa. Henkilöstön työaika lasketaan vain, jos sen käyttöön on valtuutus: kerro, mitä henkilöstö saa tehdä verkoston hyväksi. Muuta solua kirjoittamalla siihen; sarkain siirtää seuraavaan soluun.</translation>
    </message>
    <message>
        <source>&amp;Commitments of each party:</source>
        <translation>&amp;Osapuolten sitoumukset:</translation>
    </message>
    <message>
        <source>How competence is &amp;kept current:</source>
        <translation>Miten osaaminen pidetään &amp;ajan tasalla:</translation>
    </message>
    <message>
        <source>e.g. two joint training days a year</source>
        <translation>esim. kaksi yhteistä koulutuspäivää vuodessa</translation>
    </message>
</context>
<context>
    <name>CoordinationPage</name>
    <message>
        <source>Coordination</source>
        <translation>Koordinointi</translation>
    </message>
    <message>
        <source>One party can coordinate the network through a named coordinator, or several parties can coordinate it together as a group.</source>
        <translation>Verkostoa voi koordinoida yksi osapuoli nimetyn koordinaattorin välityksellä, tai useampi osapuoli voi koordinoida sitä yhdessä ryhmänä.</translation>
    </message>
    <message>
        <source>&amp;One coordinating party</source>
        <translation>&amp;Yksi koordinoiva osapuoli</translation>
    </message>
    <message>
        <source>A coordinating &amp;group</source>
        <translation>Koordinoiva &amp;ryhmä</translation>
    </message>
    <message>
        <source>Coordinating &amp;party:</source>
        <translation>Koordinoiva &amp;osapuoli:</translation>
    </message>
    <message>
        <source>&amp;Use its contact person as coordinator</source>
        <translation>&amp;Käytä sen yhteyshenkilöä koordinaattorina</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Koor&amp;dinaattori:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s &amp;title:</source>
        <translation>Koordinaattorin &amp;nimike:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s em&amp;ail:</source>
        <translation>Koordinaattorin sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s te&amp;lephone:</source>
        <translation>Koordinaattorin puhe&amp;lin:</translation>
    </message>
    <message>
        <source>Group &amp;members:</source>
        <translation>Ryhmän &amp;jäsenet:</translation>
    </message>
    <message>
        <source>Chai&amp;r:</source>
        <translation>Puheenjohtaj&amp;a:</translation>
    </message>
    <message>
        <source>&amp;Duties (one a line):</source>
        <translation>Koord&amp;inoinnin tehtävät (kukin omalle rivilleen):</translation>
    </message>
    <message>
        <source>e.g. convenes and prepares the meetings</source>
        <translation>esim. kutsuu kokoukset koolle ja valmistelee ne</translation>
    </message>
    <message>
        <source>Choose a party</source>
        <translation>Valitse osapuoli</translation>
    </message>
    <message>
        <source>No chair</source>
        <translation>Ei puheenjohtajaa</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>Valitse kalenterista</translation>
    </message>
    <message>
        <source>{field}: choose from a calendar</source>
        <translation>{field}: valitse kalenterista</translation>
    </message>
    <message>
        <source>Write the date like {example}.</source>
        <translation>Kirjoita päivämäärä muodossa {example}.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Choose an agreement to see who has signed it, its versions, deadlines and history.</source>
        <translation>Valitse sopimus, niin näet, kuka sen on allekirjoittanut, sekä sen versiot, määräajat ja historian.</translation>
    </message>
    <message>
        <source>Copies in circulation</source>
        <translation>Liikkeellä olevat kappaleet</translation>
    </message>
    <message>
        <source>Trust of the signatures</source>
        <translation>Allekirjoitusten luotettavuus</translation>
    </message>
    <message>
        <source>Agreement details</source>
        <translation>Sopimuksen tiedot</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapuoli</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Varmenne</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Versions and signed copies</source>
        <translation>Versiot ja allekirjoitetut kappaleet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Audit log head</source>
        <translation>Tarkastuslokin pää</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Avaa PDF</translation>
    </message>
    <message>
        <source>Show the PDF to send to the next signatory</source>
        <translation>Näytä seuraavalle allekirjoittajalle lähetettävä PDF</translation>
    </message>
    <message>
        <source>Save &amp;copy to send…</source>
        <translation>Tallenna &amp;lähetettävä kappale…</translation>
    </message>
    <message>
        <source>Save the PDF to send to the next signatory</source>
        <translation>Tallenna seuraavalle allekirjoittajalle lähetettävä PDF</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>Allek&amp;irjoita…</translation>
    </message>
    <message>
        <source>Sign the agreement with your certificate</source>
        <translation>Allekirjoita sopimus varmenteellasi</translation>
    </message>
    <message>
        <source>I&amp;mport signed copy…</source>
        <translation>Tuo allekirjoitettu &amp;kappale…</translation>
    </message>
    <message>
        <source>Record a copy a signatory sent back</source>
        <translation>Kirjaa allekirjoittajan palauttama kappale</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>M&amp;uuta…</translation>
    </message>
    <message>
        <source>Change the agreement in the wizard: a new version</source>
        <translation>Muuta sopimusta ohjatussa toiminnossa: syntyy uusi versio</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>Uu&amp;dista…</translation>
    </message>
    <message>
        <source>Start the next term&apos;s agreement from this one</source>
        <translation>Aloita seuraavan sopimuskauden sopimus tämän pohjalta</translation>
    </message>
    <message>
        <source>E&amp;xport archive…</source>
        <translation>Vie a&amp;rkistopaketti…</translation>
    </message>
    <message>
        <source>Save every PDF, draft and event of the agreement as a ZIP package</source>
        <translation>Tallenna sopimuksen kaikki PDF:t, luonnokset ja tapahtumat ZIP-pakettina</translation>
    </message>
    <message>
        <source>Add &amp;long-term data…</source>
        <translation>Lisää &amp;pitkäaikaistiedot…</translation>
    </message>
    <message>
        <source>Store the data that keeps the signatures verifiable for years (PAdES B-LT, B-LTA), or renew it</source>
        <translation>Tallenna tiedot, joilla allekirjoitukset voi tarkistaa vielä vuosien päästä (PAdES B-LT, B-LTA), tai uudista ne</translation>
    </message>
    <message>
        <source>Document ID {id}</source>
        <translation>Asiakirjan tunnus {id}</translation>
    </message>
    <message>
        <source>Audit log head: {head}</source>
        <translation>Tarkastuslokin pää: {head}</translation>
    </message>
    <message>
        <source>Recording in the register…</source>
        <translation>Kirjataan rekisteriin…</translation>
    </message>
    <message>
        <source>Preparing the PDF for signing…</source>
        <translation>PDF:ää valmistellaan allekirjoitettavaksi…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Agreement drafts (*.agreement.json);;All files (*)</source>
        <translation>Sopimusluonnokset (*.agreement.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Avaa luonnos</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-asiakirjat (*.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to “{name}” before closing it?</source>
        <translation>Tallennetaanko luonnoksen ”{name}” muutokset ennen sulkemista?</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF-tiedostot</translation>
    </message>
    <message>
        <source>What should be done with the PDF files ({count})?</source>
        <translation>Mitä PDF-tiedostoille ({count}) tehdään?</translation>
    </message>
    <message>
        <source>&amp;Import into the register</source>
        <translation>&amp;Tuo rekisteriin</translation>
    </message>
    <message>
        <source>&amp;Verify signatures</source>
        <translation>Tarkista &amp;allekirjoitukset</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>&lt;b&gt;The agreement is ready.&lt;/b&gt; Its draft is saved as {name}.</source>
        <translation>&lt;b&gt;Sopimus on valmis.&lt;/b&gt; Sen luonnos on tallennettu nimellä {name}.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close the agreement</source>
        <translation>Sulje sopimus</translation>
    </message>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF:ää valmistellaan…</translation>
    </message>
</context>
<context>
    <name>DraftingWorkspace</name>
    <message>
        <source>New agreement</source>
        <translation>Uusi sopimus</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… ja {count} muuta.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Template</source>
        <translation>Sopimuspohja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Name of the network</source>
        <translation>Verkoston nimi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Background and purpose</source>
        <translation>Tausta ja tarkoitus</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Rekisteröintimaa</translation>
    </message>
    <message>
        <source>Foreign registration number</source>
        <translation>Ulkomainen rekisterinumero</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <source>Type of organisation</source>
        <translation>Organisaation laji</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Signatory&apos;s name</source>
        <translation>Allekirjoittajan nimi</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Allekirjoittajan asema</translation>
    </message>
    <message>
        <source>Signatory&apos;s email</source>
        <translation>Allekirjoittajan sähköposti</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact person&apos;s title</source>
        <translation>Yhteyshenkilön nimike</translation>
    </message>
    <message>
        <source>Contact person&apos;s email</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Contact person&apos;s telephone</source>
        <translation>Yhteyshenkilön puhelin</translation>
    </message>
    <message>
        <source>Coordinating party</source>
        <translation>Koordinoiva osapuoli</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Coordinator&apos;s title</source>
        <translation>Koordinaattorin nimike</translation>
    </message>
    <message>
        <source>Coordinator&apos;s email</source>
        <translation>Koordinaattorin sähköposti</translation>
    </message>
    <message>
        <source>Coordinator&apos;s telephone</source>
        <translation>Koordinaattorin puhelin</translation>
    </message>
    <message>
        <source>Members of the coordinating group</source>
        <translation>Koordinoivan ryhmän jäsenet</translation>
    </message>
    <message>
        <source>Chair of the group</source>
        <translation>Ryhmän puheenjohtaja</translation>
    </message>
    <message>
        <source>Duties of the coordination</source>
        <translation>Koordinoinnin tehtävät</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Kuinka usein</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Suunnitellut kokoukset</translation>
    </message>
    <message>
        <source>Schedule fixed ahead</source>
        <translation>Aikataulu sovittu etukäteen</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Koollekutsuja</translation>
    </message>
    <message>
        <source>Form of meetings</source>
        <translation>Kokoontumistapa</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Sitoumukset</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapuoli</translation>
    </message>
    <message>
        <source>Staff hours a year</source>
        <translation>Henkilöstön tunnit vuodessa</translation>
    </message>
    <message>
        <source>Mandate of the staff</source>
        <translation>Henkilöstön valtuutus</translation>
    </message>
    <message>
        <source>Euros a year</source>
        <translation>Euroa vuodessa</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Tilat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muuta</translation>
    </message>
    <message>
        <source>Keeping competence current</source>
        <translation>Osaamisen ajantasaisuus</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Until further notice</source>
        <translation>Toistaiseksi voimassa</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>Irtisanomisaika</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Arviointipäivä</translation>
    </message>
    <message>
        <source>Admitting new parties</source>
        <translation>Uusien osapuolten hyväksyminen</translation>
    </message>
    <message>
        <source>Joint decisions</source>
        <translation>Yhteiset päätökset</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Henkilötiedot</translation>
    </message>
    <message>
        <source>Roles under the GDPR</source>
        <translation>Roolit tietosuoja-asetuksen mukaan</translation>
    </message>
    <message>
        <source>Data protection contact</source>
        <translation>Tietosuojan yhteyshenkilö</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Viestintä</translation>
    </message>
    <message>
        <source>Use of materials</source>
        <translation>Aineistojen käyttö</translation>
    </message>
    <message>
        <source>Time to remedy a breach</source>
        <translation>Sopimusrikkomuksen korjausaika</translation>
    </message>
    <message>
        <source>Court for disputes</source>
        <translation>Riitojen käsittelypaikka</translation>
    </message>
    <message>
        <source>Place of signing</source>
        <translation>Allekirjoituspaikka</translation>
    </message>
    <message>
        <source>Date of signing</source>
        <translation>Allekirjoituspäivä</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Valinnaiset ehdot</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Liitteet</translation>
    </message>
</context>
<context>
    <name>FileSource</name>
    <message>
        <source>e.g. signing-identity.p12</source>
        <translation>esim. allekirjoitusvarmenne.p12</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Choose the identity file</source>
        <translation>Valitse varmennetiedosto</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Varmennetiedosto</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Varmennetiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the identity file.</source>
        <translation>Valitse varmennetiedosto.</translation>
    </message>
    <message>
        <source>Type the file&apos;s password.</source>
        <translation>Kirjoita tiedoston salasana.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-asiakirjat (*.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>ZIP packages (*.zip);;All files (*)</source>
        <translation>ZIP-paketit (*.zip);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>The next or previous control, in reading order</source>
        <translation>Seuraava tai edellinen kenttä tai painike lukujärjestyksessä</translation>
    </message>
    <message>
        <source>Tab in a table</source>
        <translation>Tab taulukossa</translation>
    </message>
    <message>
        <source>The next cell; at the last cell, on out of the table (Ctrl+Tab at once)</source>
        <translation>Seuraava solu; viimeisestä solusta pois taulukosta (Ctrl+Tab heti)</translation>
    </message>
    <message>
        <source>Leave a table at once: the next or previous control</source>
        <translation>Poistu taulukosta heti: seuraavaan tai edelliseen kohtaan</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+alleviivattu kirjain</translation>
    </message>
    <message>
        <source>The field or button of that label</source>
        <translation>Kyseisen otsikon kenttä tai painike</translation>
    </message>
    <message>
        <source>Next page, once this page is complete</source>
        <translation>Seuraava sivu, kun tämä sivu on valmis</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Takaisin edelliselle sivulle</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Close the draft (asks first about unsaved changes)</source>
        <translation>Sulje luonnos (kysyy ensin tallentamattomista muutoksista)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Aloitussivu</translation>
    </message>
    <message>
        <source>The register has no agreements yet. Create the first one in the wizard, open a complete example to see how one looks, or continue a saved draft.</source>
        <translation>Rekisterissä ei ole vielä sopimuksia. Luo ensimmäinen ohjatusti, avaa valmis esimerkki nähdäksesi, miltä sopimus näyttää, tai jatka tallennettua luonnosta.</translation>
    </message>
    <message>
        <source>Create an agreement</source>
        <translation>Luo sopimus</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>Avaa esimerkki</translation>
    </message>
    <message>
        <source>Open a saved draft</source>
        <translation>Avaa tallennettu luonnos</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Every agreement of the register and where it stands. Choose one to see its parties, signatures and versions beside the list, and to sign, import a signed copy, open or save its PDF.</source>
        <translation>Rekisterin kaikki sopimukset ja niiden tilanne. Valitse sopimus nähdäksesi sen osapuolet, allekirjoitukset ja versiot luettelon vieressä sekä allekirjoittaaksesi sen, tuodaksesi allekirjoitetun kappaleen tai avataksesi tai tallentaaksesi sen PDF:n.</translation>
    </message>
    <message>
        <source>Find agreements by name, network or party</source>
        <translation>Etsi sopimuksia nimen, verkoston tai osapuolen mukaan</translation>
    </message>
    <message>
        <source>Show only agreements of one status</source>
        <translation>Näytä vain tietyssä tilassa olevat sopimukset</translation>
    </message>
    <message>
        <source>Choose an agreement in the list</source>
        <translation>Valitse sopimus luettelosta</translation>
    </message>
    <message>
        <source>Open the chosen agreement&apos;s PDF</source>
        <translation>Avaa valitun sopimuksen PDF</translation>
    </message>
    <message>
        <source>Import a signed PDF</source>
        <translation>Tuo allekirjoitettu PDF</translation>
    </message>
    <message>
        <source>Verify the signatures of any PDF</source>
        <translation>Tarkista minkä tahansa PDF:n allekirjoitukset</translation>
    </message>
    <message>
        <source>Verifying signatures</source>
        <translation>Allekirjoitusten tarkistus</translation>
    </message>
    <message>
        <source>Checks every signature of the PDFs you open: whether the document is unchanged since it was signed, who signed it and whether their certificate is trusted. Choose a file or a signature to read the details.</source>
        <translation>Tarkistaa avaamiesi PDF-tiedostojen jokaisen allekirjoituksen: onko asiakirja muuttumaton allekirjoittamisen jälkeen, kuka sen allekirjoitti ja onko allekirjoittajan varmenne luotettu. Valitse tiedosto tai allekirjoitus lukeaksesi tiedot.</translation>
    </message>
    <message>
        <source>Open files to verify</source>
        <translation>Avaa tarkistettavat tiedostot</translation>
    </message>
    <message>
        <source>Open a folder to verify</source>
        <translation>Avaa tarkistettava kansio</translation>
    </message>
    <message>
        <source>Choose a file, open its signatures</source>
        <translation>Valitse tiedosto, avaa sen allekirjoitukset</translation>
    </message>
    <message>
        <source>Close the verification</source>
        <translation>Sulje tarkistus</translation>
    </message>
    <message>
        <source>Finished agreement</source>
        <translation>Valmis sopimus</translation>
    </message>
    <message>
        <source>The finished agreement as a PDF, ready to be printed or signed.</source>
        <translation>Valmis sopimus PDF-muodossa, valmiina tulostettavaksi tai allekirjoitettavaksi.</translation>
    </message>
    <message>
        <source>Turn the pages</source>
        <translation>Selaa sivuja</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Allekirjoittaminen</translation>
    </message>
    <message>
        <source>Sign the chosen agreement with your signing identity: choose the identity, type its password, and say why and where you sign. The signature is added to the PDF and recorded in the register.</source>
        <translation>Allekirjoita valittu sopimus allekirjoitusidentiteetilläsi: valitse identiteetti, kirjoita sen salasana ja kerro, miksi ja missä allekirjoitat. Allekirjoitus lisätään PDF:ään ja kirjataan rekisteriin.</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Allekirjoita</translation>
    </message>
    <message>
        <source>Cancel; the password is forgotten</source>
        <translation>Peruuta; salasana unohdetaan</translation>
    </message>
    <message>
        <source>Identities and trust</source>
        <translation>Identiteetit ja luottamus</translation>
    </message>
    <message>
        <source>Your signing identities, the network&apos;s own certificate authority (CA), the certificates you trust and the timestamp server.</source>
        <translation>Allekirjoitusidentiteettisi, verkoston oma varmentaja (CA), luottamasi varmenteet ja aikaleimapalvelin.</translation>
    </message>
    <message>
        <source>The next tab</source>
        <translation>Seuraava välilehti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The window&apos;s language and where the register is kept.</source>
        <translation>Ikkunan kieli ja rekisterin sijainti.</translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
    <message>
        <source>Choose the kind of agreement and its language.</source>
        <translation>Valitse sopimuksen laji ja kieli.</translation>
    </message>
    <message>
        <source>Name the network, its region and what it is for.</source>
        <translation>Anna verkoston nimi, alue ja tarkoitus.</translation>
    </message>
    <message>
        <source>Which party coordinates the network, who, and their tasks.</source>
        <translation>Mikä osapuoli koordinoi verkostoa, kuka koordinoi ja mitkä ovat hänen tehtävänsä.</translation>
    </message>
    <message>
        <source>How often the network meets and the planned dates (Enter adds the date typed).</source>
        <translation>Kuinka usein verkosto kokoontuu ja suunnitellut päivämäärät (Enter lisää kirjoitetun päivämäärän).</translation>
    </message>
    <message>
        <source>What each party commits a year: staff time with its mandate, money, premises.</source>
        <translation>Mitä kukin osapuoli sitoutuu antamaan vuodessa: henkilöstön työaikaa valtuuksineen, rahaa ja tiloja.</translation>
    </message>
    <message>
        <source>When the agreement starts and ends, and its other terms.</source>
        <translation>Milloin sopimus alkaa ja päättyy sekä sen muut ehdot.</translation>
    </message>
    <message>
        <source>Finish: save the complete agreement</source>
        <translation>Valmis: tallenna valmis sopimus</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Tämä ohje</translation>
    </message>
    <message>
        <source>Every organisation in the agreement and who signs for it; the party chosen in the table is the one shown below it.</source>
        <translation>Sopimuksen kaikki organisaatiot ja niiden allekirjoittajat; taulukosta valitun osapuolen tiedot näkyvät taulukon alla.</translation>
    </message>
    <message>
        <source>Anything still missing in the whole agreement; choose a line to go to its page.</source>
        <translation>Kaikki, mitä koko sopimuksesta vielä puuttuu; valitse rivi siirtyäksesi sen sivulle.</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Lisää osapuoli</translation>
    </message>
    <message>
        <source>Add a signatory to the party</source>
        <translation>Lisää osapuolelle allekirjoittaja</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Uusi sopimus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>Page: {step}</source>
        <translation>Sivu: {step}</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Added to the register</source>
        <translation>Lisätty rekisteriin</translation>
    </message>
    <message>
        <source>New version recorded</source>
        <translation>Uusi versio kirjattu</translation>
    </message>
    <message>
        <source>Prepared for signing</source>
        <translation>Valmisteltu allekirjoitettavaksi</translation>
    </message>
    <message>
        <source>Signed copy imported</source>
        <translation>Allekirjoitettu kappale tuotu</translation>
    </message>
    <message>
        <source>Copy refused</source>
        <translation>Kappale hylätty</translation>
    </message>
    <message>
        <source>Long-term validation data added</source>
        <translation>Pitkäaikaiset tarkistustiedot lisätty</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Uudistettu</translation>
    </message>
    <message>
        <source>Superseded by its renewal</source>
        <translation>Korvattu uudistetulla sopimuksella</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Irtisanottu</translation>
    </message>
    <message>
        <source>Certificate pinned for a signatory</source>
        <translation>Varmenne kiinnitetty allekirjoittajalle</translation>
    </message>
    <message>
        <source>Prepared PDF</source>
        <translation>Valmisteltu PDF</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Validation data added</source>
        <translation>Kelpoisuustiedot lisätty</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Viimeinen irtisanomispäivä</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Sopimus päättyy</translation>
    </message>
    <message>
        <source>Agreement review</source>
        <translation>Sopimuksen tarkistus</translation>
    </message>
    <message>
        <source>Signed {when}</source>
        <translation>Allekirjoitettu {when}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>luotettu</translation>
    </message>
    <message>
        <source>signer not trusted</source>
        <translation>allekirjoittaja ei luotettu</translation>
    </message>
    <message>
        <source>Signed a parallel copy — must sign the current version</source>
        <translation>Allekirjoitti rinnakkaisen kappaleen — allekirjoitettava nykyinen versio</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Ei vielä allekirjoitettu</translation>
    </message>
    <message>
        <source>superseded {when}</source>
        <translation>korvattu {when}</translation>
    </message>
    <message>
        <source>current</source>
        <translation>voimassa oleva</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versio {number}</translation>
    </message>
    <message>
        <source>Recorded by the user account {user}</source>
        <translation>Kirjannut käyttäjätili {user}</translation>
    </message>
    <message>
        <source>copy to send on</source>
        <translation>eteenpäin lähetettävä kappale</translation>
    </message>
    <message>
        <source>File: {name}
SHA-256: {sha256}</source>
        <translation>Tiedosto: {name}
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Prepared by the user account {user}</source>
        <translation>Valmistellut käyttäjätili {user}</translation>
    </message>
    <message>
        <source>Imported by the user account {user}</source>
        <translation>Tuonut käyttäjätili {user}</translation>
    </message>
    <message>
        <source>trusted at import</source>
        <translation>luotettu tuotaessa</translation>
    </message>
    <message>
        <source>not trusted at import (signer&apos;s certificate unknown)</source>
        <translation>ei luotettu tuotaessa (allekirjoittajan varmenne tuntematon)</translation>
    </message>
    <message>
        <source>Certificate holder: {name}</source>
        <translation>Varmenteen haltija: {name}</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Organisaatio: {organisation}</translation>
    </message>
    <message>
        <source>Certificate SHA-256: {fingerprint}</source>
        <translation>Varmenteen SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <source>Signed: {when}</source>
        <translation>Allekirjoitettu: {when}</translation>
    </message>
    <message>
        <source>{name} ({organisation})</source>
        <translation>{name} ({organisation})</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
    <message>
        <source>Until further notice ({months} months&apos; notice)</source>
        <translation>Toistaiseksi ({months} kuukauden irtisanomisaika)</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Identities and trust</source>
        <translation>Varmenteet ja luottamus</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Omat varmenteeni</translation>
    </message>
    <message>
        <source>Network CA</source>
        <translation>Verkoston CA</translation>
    </message>
    <message>
        <source>Trust and timestamps</source>
        <translation>Luottamus ja aikaleimat</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>New signing identity</source>
        <translation>Uusi allekirjoitusvarmenne</translation>
    </message>
    <message>
        <source>New network CA</source>
        <translation>Uusi verkoston CA</translation>
    </message>
    <message>
        <source>Issue an identity to a partner</source>
        <translation>Myönnä varmenne kumppanille</translation>
    </message>
    <message>
        <source>e.g. 0208201-1</source>
        <translation>esim. 0208201-1</translation>
    </message>
    <message>
        <source>&amp;Name of the CA:</source>
        <translation>&amp;CA:n nimi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Salasana &amp;uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Trust the identities this CA issues</source>
        <translation>Luota &amp;tämän CA:n myöntämiin varmenteisiin</translation>
    </message>
    <message>
        <source>Trust the identities this CA issues</source>
        <translation>Luota tämän CA:n myöntämiin varmenteisiin</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Myönnä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>A network CA issues identities to the partners&apos; signatories. Every auditor who trusts the CA then trusts their signatures. Keep its file and password safe.</source>
        <translation>Verkoston CA (varmentaja) myöntää varmenteet kumppaneiden allekirjoittajille. Jokainen tarkastaja, joka luottaa CA:han, luottaa silloin myös heidän allekirjoituksiinsa. Säilytä CA:n tiedosto ja salasana turvassa.</translation>
    </message>
    <message>
        <source>The identity is saved as a file protected by this password. Hand the file to its holder and tell the password separately (by phone, not in the same e-mail).</source>
        <translation>Varmenne tallennetaan tiedostoon, jonka tämä salasana suojaa. Anna tiedosto sen haltijalle ja kerro salasana erikseen (puhelimessa, ei samassa sähköpostissa).</translation>
    </message>
    <message>
        <source>A self-issued identity: its signatures are intact and show your name, but others trust them only after checking its fingerprint with you.</source>
        <translation>Itse myönnetty varmenne: sen allekirjoitukset ovat eheitä ja näyttävät nimesi, mutta muut luottavat niihin vasta tarkistettuaan sen sormenjäljen kanssasi.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>”{value}” ei ole sähköpostiosoite.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{title}: this copy is already in the register; nothing changed.</source>
        <translation>{title}: tämä kappale on jo rekisterissä; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{title}: recorded the signature of {names}. Now: {status}.</source>
        <translation>{title}: kirjattu allekirjoittajan {names} allekirjoitus. Nyt: {status}.</translation>
    </message>
    <message>
        <source>The certificate of {name} is not among the trusted ones; its signature is intact.</source>
        <translation>Allekirjoittajan {name} varmenne ei ole luotettujen joukossa; allekirjoitus on eheä.</translation>
    </message>
    <message>
        <source>Must sign the copy to send on again: {names}.</source>
        <translation>Eteenpäin lähetettävä kappale on allekirjoitettava uudelleen: {names}.</translation>
    </message>
    <message>
        <source>Signed copies imported</source>
        <translation>Allekirjoitetut kappaleet tuotu</translation>
    </message>
    <message>
        <source>Not every PDF was accepted</source>
        <translation>Kaikkia PDF-tiedostoja ei hyväksytty</translation>
    </message>
</context>
<context>
    <name>IssuedPanel</name>
    <message>
        <source>Serial</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>Myönnetyt varmenteet</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Mi&amp;tätöi…</translation>
    </message>
    <message>
        <source>E&amp;xport a CRL…</source>
        <translation>Vie &amp;sulkulista…</translation>
    </message>
    <message>
        <source>Certificates this CA issued:</source>
        <translation>Tämän CA:n myöntämät varmenteet:</translation>
    </message>
    <message>
        <source>Revoked {date}</source>
        <translation>Mitätöity {date}</translation>
    </message>
    <message>
        <source>Revoked the certificate of {name}. Export a CRL and publish it, so that verifiers learn of it.</source>
        <translation>Henkilön {name} varmenne mitätöitiin. Vie sulkulista ja julkaise se, jotta tarkistajat saavat tiedon.</translation>
    </message>
    <message>
        <source>Export the network&apos;s CRL</source>
        <translation>Vie verkoston sulkulista</translation>
    </message>
    <message>
        <source>Certificate revocation lists (*.crl);;All files (*)</source>
        <translation>Sulkulistat (*.crl);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Saved {name}: {count} revoked, valid until {date}. Publish it where the certificates point, and export a new one before then.</source>
        <translation>Tallennettu {name}: {count} mitätöityä, voimassa {date} asti. Julkaise se osoitteessa, johon varmenteet viittaavat, ja vie uusi ennen sitä.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>Esikatselua valmistellaan…</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Esikatselua päivitetään…</translation>
    </message>
    <message>
        <source>The preview cannot be updated: {reason}</source>
        <translation>Esikatselua ei voi päivittää: {reason}</translation>
    </message>
</context>
<context>
    <name>LongTermAction</name>
    <message>
        <source>Adding long-term validation data…</source>
        <translation>Lisätään pitkäaikaisia tarkistustietoja…</translation>
    </message>
    <message>
        <source>Added {level} validation data; recorded as a new revision.</source>
        <translation>Lisättiin {level}-tarkistustiedot; tallennettu uutena revisiona.</translation>
    </message>
    <message>
        <source>Renew it before {date}.</source>
        <translation>Uudista ne ennen {date}.</translation>
    </message>
</context>
<context>
    <name>LongTermDialog</name>
    <message>
        <source>Add long-term validation data</source>
        <translation>Lisää pitkäaikaiset tarkistustiedot</translation>
    </message>
    <message>
        <source>B-LT: the data to check the signatures for years</source>
        <translation>B-LT: tiedot allekirjoitusten tarkistamiseen vuosien ajan</translation>
    </message>
    <message>
        <source>B-LTA: and a document timestamp over it</source>
        <translation>B-LTA: ja asiakirjan aikaleima niiden päälle</translation>
    </message>
    <message>
        <source>Once the last signature is in, the certificates and revocation lists that check each signature are stored in the PDF (B-LT), so it can be verified long after the certificates expire. B-LTA adds a document timestamp over them; add it again before that timestamp&apos;s certificate expires to renew it. The result is recorded as a new revision of the agreement.</source>
        <translation>Kun viimeinen allekirjoitus on tehty, kunkin allekirjoituksen tarkistamiseen tarvittavat varmenteet ja sulkulistat tallennetaan PDF:ään (B-LT), jotta sen voi tarkistaa vielä kauan varmenteiden vanhenemisen jälkeen. B-LTA lisää niiden päälle asiakirjan aikaleiman; lisää se uudelleen ennen aikaleiman varmenteen vanhenemista uudistaaksesi sen. Tulos tallennetaan sopimuksen uutena revisiona.</translation>
    </message>
    <message>
        <source>B-LTA needs a timestamp server: set one under Tools › Identities and trust.</source>
        <translation>B-LTA tarvitsee aikaleimapalvelimen: aseta se kohdassa Työkalut › Varmenteet ja luottamus.</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Taso:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Uusi sopimus…</translation>
    </message>
    <message>
        <source>Start a new agreement in the wizard</source>
        <translation>Aloita uusi sopimus ohjatusti</translation>
    </message>
    <message>
        <source>&amp;Open draft…</source>
        <translation>&amp;Avaa luonnos…</translation>
    </message>
    <message>
        <source>Continue a saved draft</source>
        <translation>Jatka tallennettua luonnosta</translation>
    </message>
    <message>
        <source>Open an &amp;example</source>
        <translation>Avaa &amp;esimerkki</translation>
    </message>
    <message>
        <source>Open a complete example draft</source>
        <translation>Avaa valmis esimerkkiluonnos</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Tallenna luonnos</translation>
    </message>
    <message>
        <source>Save the draft to continue later</source>
        <translation>Tallenna luonnos jatkaaksesi myöhemmin</translation>
    </message>
    <message>
        <source>Save draft &amp;as…</source>
        <translation>Tallenna luonnos &amp;nimellä…</translation>
    </message>
    <message>
        <source>&amp;Import signed PDF…</source>
        <translation>Tuo a&amp;llekirjoitettu PDF…</translation>
    </message>
    <message>
        <source>Add a signed copy of an agreement to the register</source>
        <translation>Lisää sopimuksen allekirjoitettu kappale rekisteriin</translation>
    </message>
    <message>
        <source>&amp;Verify signatures…</source>
        <translation>Ta&amp;rkista allekirjoitukset…</translation>
    </message>
    <message>
        <source>Check the signatures of any PDF</source>
        <translation>Tarkista minkä tahansa PDF-tiedoston allekirjoitukset</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Lo&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Etsi…</translation>
    </message>
    <message>
        <source>Agreement Studio &amp;help</source>
        <translation>Agreement Studion &amp;ohje</translation>
    </message>
    <message>
        <source>&amp;About Agreement Studio</source>
        <translation>&amp;Tietoja Agreement Studiosta</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tietoja &amp;Qt:sta</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeaikaiset</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Find agreements</source>
        <translation>Etsi sopimuksia</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Tyhjennä luettelo</translation>
    </message>
    <message>
        <source>Import signed PDFs</source>
        <translation>Tuo allekirjoitettuja PDF-tiedostoja</translation>
    </message>
    <message>
        <source>Verify signatures</source>
        <translation>Tarkista allekirjoitukset</translation>
    </message>
    <message>
        <source>About Agreement Studio</source>
        <translation>Tietoja Agreement Studiosta</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Agreement Studio&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Draft, sign and keep network continuation agreements.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Agreement Studio&lt;/b&gt; {version}&lt;/p&gt;&lt;p&gt;Laadi, allekirjoita ja säilytä verkoston jatkosopimuksia.&lt;/p&gt;&lt;p&gt;Lisensoitu GNU GPL -lisenssillä, versio 3 tai uudempi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the register…</source>
        <translation>Avataan rekisteriä…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Avataan {name}…</translation>
    </message>
    <message>
        <source>Open draft</source>
        <translation>Avaa luonnos</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Tallennettu: {name}</translation>
    </message>
    <message>
        <source>Importing and verifying PDFs is not available in this version.</source>
        <translation>PDF-tiedostojen tuonti ja tarkistus eivät ole käytettävissä tässä versiossa.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Kokoukset</translation>
    </message>
    <message>
        <source>A network stays alive when it meets regularly on dates known well ahead.</source>
        <translation>Verkosto pysyy elävänä, kun se kokoontuu säännöllisesti hyvissä ajoin sovittuina päivinä.</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>Kuinka &amp;usein:</translation>
    </message>
    <message>
        <source>Planned &amp;meetings:</source>
        <translation>Suunnitellut &amp;kokoukset:</translation>
    </message>
    <message>
        <source>Date to add</source>
        <translation>Lisättävä päivä</translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation>&amp;Lisää päivä</translation>
    </message>
    <message>
        <source>&amp;Remove date</source>
        <translation>P&amp;oista päivä</translation>
    </message>
    <message>
        <source>Da&amp;te to add:</source>
        <translation>Lisättävä &amp;päivä:</translation>
    </message>
    <message>
        <source>&amp;Schedule fixed ahead:</source>
        <translation>&amp;Aikataulu sovitaan etukäteen:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <source>&amp;Convened by:</source>
        <translation>Koollekutsu&amp;ja:</translation>
    </message>
    <message>
        <source>&amp;Where meetings are held:</source>
        <translation>Kokoontum&amp;istapa:</translation>
    </message>
    <message>
        <source>Type a date first.</source>
        <translation>Kirjoita ensin päivämäärä.</translation>
    </message>
</context>
<context>
    <name>MyIdentitiesTab</name>
    <message>
        <source>Identities kept in Agreement Studio, each in a file protected by its own password. Choose one when you sign.</source>
        <translation>Agreement Studioon tallennetut varmenteet, kukin omalla salasanallaan suojatussa tiedostossa. Valitse niistä yksi allekirjoittaessasi.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Myöntäjä</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>Omat varmenteeni</translation>
    </message>
    <message>
        <source>&amp;New identity…</source>
        <translation>&amp;Uusi varmenne…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Tuo tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>itse</translation>
    </message>
    <message>
        <source>{date} (expired)</source>
        <translation>{date} (vanhentunut)</translation>
    </message>
    <message>
        <source>Import an identity file</source>
        <translation>Tuo varmennetiedosto</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx);;All files (*)</source>
        <translation>Varmennetiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Password of {name}:</source>
        <translation>Tiedoston {name} salasana:</translation>
    </message>
    <message>
        <source>The password does not open the file. Nothing was imported.</source>
        <translation>Salasana ei avaa tiedostoa. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>This file is not a signing identity: its certificate is a certificate authority&apos;s (CA) or is not allowed to sign. Import an identity the CA issued instead. Nothing was imported.</source>
        <translation>Tiedosto ei ole allekirjoitusvarmenne: sen varmenne kuuluu varmentajalle (CA) tai sillä ei saa allekirjoittaa. Tuo sen sijaan varmenne, jonka CA on myöntänyt. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Remove an identity</source>
        <translation>Poista varmenne</translation>
    </message>
    <message>
        <source>Remove the identity of {name} ({organisation}), SHA-256 {fingerprint}? Its key file is deleted from Agreement Studio and you can no longer sign with it. Agreements already signed with it, and the register, stay as they are.</source>
        <translation>Poistetaanko henkilön {name} ({organisation}) varmenne, SHA-256 {fingerprint}? Sen avaintiedosto poistetaan Agreement Studiosta, eikä sillä voi enää allekirjoittaa. Sillä jo allekirjoitetut sopimukset ja rekisteri säilyvät ennallaan.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Removed the identity of {name}.</source>
        <translation>Henkilön {name} varmenne poistettiin.</translation>
    </message>
</context>
<context>
    <name>NetworkCaTab</name>
    <message>
        <source>The coordinator can run the network&apos;s own certificate authority (CA): it issues each partner&apos;s signatory an identity, and whoever trusts the CA trusts their signatures.</source>
        <translation>Koordinaattori voi ylläpitää verkoston omaa varmentajaa (CA): se myöntää jokaisen kumppanin allekirjoittajalle varmenteen, ja joka luottaa CA:han, luottaa heidän allekirjoituksiinsa.</translation>
    </message>
    <message>
        <source>No network CA is open.</source>
        <translation>Verkoston CA:ta ei ole avattu.</translation>
    </message>
    <message>
        <source>&amp;Create a network CA…</source>
        <translation>&amp;Luo verkoston CA…</translation>
    </message>
    <message>
        <source>&amp;Open a network CA…</source>
        <translation>&amp;Avaa verkoston CA…</translation>
    </message>
    <message>
        <source>Issue an identity to a &amp;partner…</source>
        <translation>&amp;Myönnä varmenne kumppanille…</translation>
    </message>
    <message>
        <source>Issue for an agreement&apos;s &amp;signatories…</source>
        <translation>Myönnä varmenteet sopimuksen allekirjoitta&amp;jille…</translation>
    </message>
    <message>
        <source>Identity files (*.p12);;All files (*)</source>
        <translation>Varmennetiedostot (*.p12);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Open: {name} ({organisation}), valid until {date}.</source>
        <translation>Avattu: {name} ({organisation}), voimassa {date} asti.</translation>
    </message>
    <message>
        <source>Save the network CA</source>
        <translation>Tallenna verkoston CA</translation>
    </message>
    <message>
        <source>The CA is saved. Give auditors its certificate {name}.</source>
        <translation>CA on tallennettu. Anna tarkastajille sen varmenne {name}.</translation>
    </message>
    <message>
        <source>Open a network CA</source>
        <translation>Avaa verkoston CA</translation>
    </message>
    <message>
        <source>Password of {name}:</source>
        <translation>Tiedoston {name} salasana:</translation>
    </message>
    <message>
        <source>The password does not open the CA file.</source>
        <translation>Salasana ei avaa CA-tiedostoa.</translation>
    </message>
    <message>
        <source>Save the identity to hand over</source>
        <translation>Tallenna luovutettava varmenne</translation>
    </message>
    <message>
        <source>Saved {name}. Hand it over, and tell its password separately.</source>
        <translation>{name} tallennettu. Luovuta se ja kerro salasana erikseen.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Network and purpose</source>
        <translation>Verkosto ja tarkoitus</translation>
    </message>
    <message>
        <source>Which network continues, where, and why.</source>
        <translation>Mikä verkosto jatkaa, missä ja miksi.</translation>
    </message>
    <message>
        <source>Name of the net&amp;work:</source>
        <translation>Verkoston &amp;nimi:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Alue:</translation>
    </message>
    <message>
        <source>e.g. Päijät-Häme</source>
        <translation>esim. Päijät-Häme</translation>
    </message>
    <message>
        <source>Background and &amp;purpose:</source>
        <translation>Tausta ja tar&amp;koitus:</translation>
    </message>
    <message>
        <source>How the network began, and why the parties continue it.</source>
        <translation>Miten verkosto sai alkunsa ja miksi osapuolet jatkavat sitä.</translation>
    </message>
    <message>
        <source>&amp;Services (one a line):</source>
        <translation>&amp;Palvelut (kukin omalle rivilleen):</translation>
    </message>
    <message>
        <source>&amp;Goals (one a line):</source>
        <translation>Tavo&amp;itteet (kukin omalle rivilleen):</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Add every organisation that continues the network, and the people who sign for it. A Finnish organisation is identified by its Business ID.</source>
        <translation>Lisää jokainen verkostoa jatkava organisaatio ja henkilöt, jotka allekirjoittavat sen puolesta. Suomalainen organisaatio yksilöidään Y-tunnuksella.</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Osapuolet:</translation>
    </message>
    <message>
        <source>&amp;Add party</source>
        <translation>&amp;Lisää osapuoli</translation>
    </message>
    <message>
        <source>&amp;Remove party</source>
        <translation>&amp;Poista osapuoli</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Or&amp;ganisaation nimi:</translation>
    </message>
    <message>
        <source>Bu&amp;siness ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>1234567-8</source>
        <translation>1234567-8</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Rekisteröintimaa:</translation>
    </message>
    <message>
        <source>FI for Finland</source>
        <translation>FI = Suomi</translation>
    </message>
    <message>
        <source>Forei&amp;gn registration number:</source>
        <translation>Ulkomainen rekisteri&amp;numero:</translation>
    </message>
    <message>
        <source>Posta&amp;l address:</source>
        <translation>Post&amp;iosoite:</translation>
    </message>
    <message>
        <source>&amp;Type of organisation:</source>
        <translation>Organisaation la&amp;ji:</translation>
    </message>
    <message>
        <source>&amp;Who signs for it:</source>
        <translation>&amp;Kuka allekirjoittaa:</translation>
    </message>
    <message>
        <source>Add signator&amp;y</source>
        <translation>&amp;Uusi allekirjoittaja</translation>
    </message>
    <message>
        <source>Remo&amp;ve signatory</source>
        <translation>Poist&amp;a allekirjoittaja</translation>
    </message>
    <message>
        <source>Contact person&apos;s na&amp;me:</source>
        <translation>Yhteyshenkil&amp;ön nimi:</translation>
    </message>
    <message>
        <source>Contact person&apos;s title:</source>
        <translation>Yhteyshenkilön nimike:</translation>
    </message>
    <message>
        <source>Contact person&apos;s email:</source>
        <translation>Yhteyshenkilön sähköposti:</translation>
    </message>
    <message>
        <source>Contact person&apos;s telephone:</source>
        <translation>Yhteyshenkilön puhelin:</translation>
    </message>
    <message>
        <source>Same as the agreement</source>
        <translation>Sama kuin sopimuksen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>Northern Sami</source>
        <translation>pohjoissaame</translation>
    </message>
    <message>
        <source>For a screen reader: the language the organisation&apos;s name is in</source>
        <translation>Ruudunlukijaa varten: kieli, jolla organisaation nimi on</translation>
    </message>
    <message>
        <source>Language of the name:</source>
        <translation>Nimen kieli:</translation>
    </message>
    <message>
        <source>Party {number}</source>
        <translation>Osapuoli {number}</translation>
    </message>
    <message>
        <source>No party chosen</source>
        <translation>Osapuolta ei ole valittu</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>Use at least {count} characters.</source>
        <translation>Käytä vähintään {count} merkkiä.</translation>
    </message>
    <message>
        <source>The passwords are not the same.</source>
        <translation>Salasanat eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Preview status</source>
        <translation>Esikatselun tila</translation>
    </message>
    <message>
        <source>The PDF appears here.</source>
        <translation>PDF näkyy tässä.</translation>
    </message>
    <message>
        <source>Preparing the PDF</source>
        <translation>PDF:ää valmistellaan</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-esikatselu</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Asiakirjan tiedot</translation>
    </message>
    <message>
        <source>Archival format: {pdfa}</source>
        <translation>Arkistomuoto: {pdfa}</translation>
    </message>
    <message>
        <source>Not an archival PDF (no PDF/A claim)</source>
        <translation>Ei arkistokelpoinen PDF (ei PDF/A-merkintää)</translation>
    </message>
    <message>
        <source>tagged for accessibility</source>
        <translation>saavutettavuutta varten rakenteistettu</translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation>ei rakenteistettu</translation>
    </message>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>PDF-tiedostoa ei voitu näyttää.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Ikkunan kieli</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>Ikkunan &amp;kieli:</translation>
    </message>
    <message>
        <source>Register location</source>
        <translation>Rekisterin sijainti</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Choose the register file</source>
        <translation>Valitse rekisteritiedosto</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>&amp;Rekisteri:</translation>
    </message>
    <message>
        <source>An SQLite file, or a database address such as postgresql://server/agreements. Empty uses the register in your data folder. The command line uses the same one unless --register or {variable} names another.</source>
        <translation>SQLite-tiedosto tai tietokannan osoite, esimerkiksi postgresql://palvelin/sopimukset. Tyhjänä käytetään datakansiosi rekisteriä. Komentorivi käyttää samaa rekisteriä, ellei --register tai {variable} nimeä muuta.</translation>
    </message>
    <message>
        <source>Now {variable} names {location}.</source>
        <translation>Nyt {variable} nimeää rekisterin {location}.</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Luotetut varmenteet</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>&amp;Lisää…</translation>
    </message>
    <message>
        <source>Add a trust anchor</source>
        <translation>Lisää luotettu varmenne</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Remove the trust anchor</source>
        <translation>Poista luotettu varmenne</translation>
    </message>
    <message>
        <source>&amp;Trust anchors:</source>
        <translation>Luotetut &amp;varmenteet:</translation>
    </message>
    <message>
        <source>Signatures whose certificates these CA certificates issued are trusted, in the window and by the command line&apos;s verify (unless --trust names others).</source>
        <translation>Allekirjoituksiin luotetaan, kun niiden varmenteet on myöntänyt jokin näistä CA-varmenteista – sekä ikkunassa että komentorivillä allekirjoituksia tarkistettaessa (ellei --trust nimeä muita).</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.fi/tsa</source>
        <translation>esim. http://timestamp.example.fi/tsa</translation>
    </message>
    <message>
        <source>Timestamp server</source>
        <translation>Aikaleimapalvelin</translation>
    </message>
    <message>
        <source>T&amp;imestamp server:</source>
        <translation>&amp;Aikaleimapalvelin:</translation>
    </message>
    <message>
        <source>A new language or register is used from the next start of the application.</source>
        <translation>Uusi kieli tai rekisteri otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <source>SQLite registers (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-rekisterit (*.sqlite *.db);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>A register is an SQLite file or a postgresql:// address, not {scheme}://.</source>
        <translation>Rekisteri on SQLite-tiedosto tai postgresql://-osoite, ei {scheme}://.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ei voi lukea</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Luota varmenteeseen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer *.der);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Give an address that begins with http:// or https://.</source>
        <translation>Anna osoite, joka alkaa http:// tai https://.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Party {number}</source>
        <translation>Osapuoli {number}</translation>
    </message>
    <message>
        <source>Commitments {number}</source>
        <translation>Sitoumukset {number}</translation>
    </message>
    <message>
        <source>signatory {number}</source>
        <translation>allekirjoittaja {number}</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1-tiedosto</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Tiedostotyyppi:</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Recording the agreement in the register…</source>
        <translation>Kirjataan sopimusta rekisteriin…</translation>
    </message>
    <message>
        <source>Nothing was changed, so no new version was recorded.</source>
        <translation>Mitään ei muutettu, joten uutta versiota ei kirjattu.</translation>
    </message>
    <message>
        <source>The agreement is in the register.</source>
        <translation>Sopimus on rekisterissä.</translation>
    </message>
    <message>
        <source>Version {number} is in the register.</source>
        <translation>Versio {number} on rekisterissä.</translation>
    </message>
    <message>
        <source>Importing {count} PDF files…</source>
        <translation>Tuodaan PDF-tiedostoja ({count})…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <source>{title}
Document ID {id}</source>
        <translation>{title}
Asiakirjan tunnus {id}</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Show agreements</source>
        <translation>Näytettävät sopimukset</translation>
    </message>
    <message>
        <source>All agreements</source>
        <translation>Kaikki sopimukset</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Odottaa allekirjoituksia</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>Number of agreements</source>
        <translation>Sopimusten määrä</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Avataan rekisteriä…</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Sopimukset</translation>
    </message>
    <message>
        <source>No agreement matches the search or the filter.</source>
        <translation>Mikään sopimus ei vastaa hakua tai suodatinta.</translation>
    </message>
    <message>
        <source>{shown} of {total} shown</source>
        <translation>{shown}/{total} näytetty</translation>
    </message>
    <message>
        <source>One agreement</source>
        <translation>Yksi sopimus</translation>
    </message>
    <message>
        <source>{total} agreements</source>
        <translation>{total} sopimusta</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <source>Check the agreement in the preview. Finish saves it and prepares the PDF for signing.</source>
        <translation>Tarkista sopimus esikatselusta. Valmis tallentaa sen ja valmistelee PDF:n allekirjoitettavaksi.</translation>
    </message>
    <message>
        <source>Still to put right</source>
        <translation>Korjattavaa</translation>
    </message>
    <message>
        <source>Put these right before finishing. Choose a line and press Enter to go to its &amp;page.</source>
        <translation>Korjaa nämä ennen kuin viimeistelet. Valitse rivi ja paina Enteriä &amp;palataksesi sen sivulle.</translation>
    </message>
    <message>
        <source>Everything is in place. Press Finish to save the agreement and prepare its PDF.</source>
        <translation>Kaikki on kunnossa. Paina Valmis tallentaaksesi sopimuksen ja valmistellaksesi sen PDF:n.</translation>
    </message>
    <message>
        <source>a coordinating group of {count} parties</source>
        <translation>{count} osapuolen koordinoiva ryhmä</translation>
    </message>
    <message>
        <source>from {start}, until further notice</source>
        <translation>{start} alkaen, toistaiseksi</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinointi</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Suunnitellut kokoukset</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Sopimuskausi</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>No particular reason</source>
        <translation>Ei erityistä syytä</translation>
    </message>
    <message>
        <source>Left the organisation</source>
        <translation>Lähti organisaatiosta</translation>
    </message>
    <message>
        <source>Replaced by a new identity</source>
        <translation>Korvattu uudella varmenteella</translation>
    </message>
    <message>
        <source>The key or its password got out</source>
        <translation>Avain tai sen salasana on paljastunut</translation>
    </message>
    <message>
        <source>No longer signs for anyone</source>
        <translation>Ei enää allekirjoita kenenkään puolesta</translation>
    </message>
    <message>
        <source>No longer allowed to sign</source>
        <translation>Ei enää saa allekirjoittaa</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Mitätöi varmenne</translation>
    </message>
    <message>
        <source>Revoke the certificate of {name} ({organisation}), serial {serial}? From now on its signatures count as revoked wherever the network&apos;s CRL is used. This cannot be undone.</source>
        <translation>Mitätöidäänkö henkilön {name} ({organisation}) varmenne, sarjanumero {serial}? Tästä lähtien sen allekirjoitukset katsotaan mitätöidyiksi kaikkialla, missä verkoston sulkulistaa käytetään. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Peruste:</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Mitätöi</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Mitätöi</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the agreement</source>
        <translation>Allekirjoita sopimus</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Allekirjoita</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Allekirjoita</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>{name} for {party}</source>
        <translation>{name} ({party} puolesta)</translation>
    </message>
    <message>
        <source>Si&amp;gnatory:</source>
        <translation>A&amp;llekirjoittaja:</translation>
    </message>
    <message>
        <source>My identities in Agreement Studio</source>
        <translation>Omat varmenteeni Agreement Studiossa</translation>
    </message>
    <message>
        <source>A PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12-tiedosto (.p12, .pfx)</translation>
    </message>
    <message>
        <source>A smart card or other token (PKCS#11)</source>
        <translation>Toimikortti tai muu laite (PKCS#11)</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>&amp;Varmenne:</translation>
    </message>
    <message>
        <source>e.g. Approved on behalf of the organisation</source>
        <translation>esim. Hyväksytty organisaation puolesta</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Peruste:</translation>
    </message>
    <message>
        <source>e.g. Lahti</source>
        <translation>esim. Lahti</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Paik&amp;ka:</translation>
    </message>
    <message>
        <source>The visible signature will look like this:</source>
        <translation>Näkyvä allekirjoitus näyttää tältä:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Allekirjoittaminen</translation>
    </message>
    <message>
        <source>Every signatory has signed already.</source>
        <translation>Kaikki allekirjoittajat ovat jo allekirjoittaneet.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>This field is for {signatory}, but the certificate is issued to {holder}. Choose the holder&apos;s own field, or another identity.</source>
        <translation>Tämä kenttä on allekirjoittajan {signatory}, mutta varmenne on myönnetty henkilölle {holder}. Valitse varmenteen haltijan oma kenttä tai toinen varmenne.</translation>
    </message>
    <message>
        <source>The PIN is not right.</source>
        <translation>PIN-koodi on väärä.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>Salasana on väärä.</translation>
    </message>
</context>
<context>
    <name>SignResultPage</name>
    <message>
        <source>Signed, verified and recorded.</source>
        <translation>Allekirjoitettu, tarkistettu ja kirjattu.</translation>
    </message>
    <message>
        <source>Signed and recorded. The signature is intact; its certificate is not among the trusted ones.</source>
        <translation>Allekirjoitettu ja kirjattu. Allekirjoitus on eheä, mutta sen varmenne ei ole luotettujen joukossa.</translation>
    </message>
    <message>
        <source>Signed by: {name}, {organisation}</source>
        <translation>Allekirjoittaja: {name}, {organisation}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Aika: {when}</translation>
    </message>
    <message>
        <source>Field: {field}</source>
        <translation>Kenttä: {field}</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256): {fingerprint}</source>
        <translation>Varmenteen sormenjälki (SHA-256): {fingerprint}</translation>
    </message>
    <message>
        <source>The agreement now: {status}</source>
        <translation>Sopimus nyt: {status}</translation>
    </message>
    <message>
        <source>The time is confirmed by a timestamp server.</source>
        <translation>Aikaleimapalvelin on vahvistanut ajan.</translation>
    </message>
    <message>
        <source>Level: PAdES {level}</source>
        <translation>Taso: PAdES {level}</translation>
    </message>
    <message>
        <source>A certification signature: from now on only signatures and the prepared fields may be added.</source>
        <translation>Sertifiointiallekirjoitus: tästä lähtien saa lisätä vain allekirjoituksia ja valmiiden kenttien tietoja.</translation>
    </message>
</context>
<context>
    <name>SignatoriesIssueDialog</name>
    <message>
        <source>Issue identities to an agreement&apos;s signatories</source>
        <translation>Myönnä varmenteet sopimuksen allekirjoittajille</translation>
    </message>
    <message>
        <source>Each signatory of the agreement gets an identity issued by {ca}, saved in its own file with a password of its own. Check the names, organisations and e-mail addresses; untick anyone who already has an identity.</source>
        <translation>Jokainen sopimuksen allekirjoittaja saa varmentajan {ca} myöntämän varmenteen omaan tiedostoonsa omalla salasanallaan. Tarkista nimet, organisaatiot ja sähköpostiosoitteet; poista valinta niiltä, joilla on jo varmenne.</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Luetaan rekisteriä…</translation>
    </message>
    <message>
        <source>The folder for the identity files</source>
        <translation>Varmennetiedostojen kansio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Sopimus:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Kansio:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>Issued identities</source>
        <translation>Myönnetyt varmenteet</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Myönnä</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Myönnä</translation>
    </message>
    <message>
        <source>&amp;Copy all</source>
        <translation>Kopi&amp;oi kaikki</translation>
    </message>
    <message>
        <source>Copy all the passwords</source>
        <translation>Kopioi kaikki salasanat</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Tallenna tiedostoon…</translation>
    </message>
    <message>
        <source>Save the passwords to a file</source>
        <translation>Tallenna salasanat tiedostoon</translation>
    </message>
    <message>
        <source>{title} ({count} signatories)</source>
        <translation>{title} ({count} allekirjoittajaa)</translation>
    </message>
    <message>
        <source>The register has no agreements yet</source>
        <translation>Rekisterissä ei ole vielä sopimuksia</translation>
    </message>
    <message>
        <source>This agreement names no signatories yet.</source>
        <translation>Sopimuksessa ei ole vielä allekirjoittajia.</translation>
    </message>
    <message>
        <source>Choose the folder for the identity files</source>
        <translation>Valitse varmennetiedostojen kansio</translation>
    </message>
    <message>
        <source>&amp;Issue identities ({count})</source>
        <translation>&amp;Myönnä varmenteet ({count})</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Valitse olemassa oleva kansio.</translation>
    </message>
    <message>
        <source>Identities issued: {count}, saved in {folder}. Hand each file to its holder and tell the password separately (by phone, not in the same e-mail). The passwords are not kept anywhere: note them before you close this window.</source>
        <translation>Varmenteita myönnetty: {count}, tallennettu kansioon {folder}. Anna kukin tiedosto sen haltijalle ja kerro salasana erikseen (puhelimessa, ei samassa sähköpostissa). Salasanoja ei tallenneta mihinkään: kirjoita ne muistiin ennen kuin suljet tämän ikkunan.</translation>
    </message>
    <message>
        <source># Passwords of the identities issued by {ca}. This file holds secrets: hand each password to its holder separately, then delete this file.</source>
        <translation># Varmentajan {ca} myöntämien varmenteiden salasanat. Tämä tiedosto sisältää salaisuuksia: toimita kukin salasana haltijalleen erikseen ja poista sitten tämä tiedosto.</translation>
    </message>
    <message>
        <source>The names, files and passwords are on the clipboard. Paste them somewhere safe (a password manager), not into an e-mail with the files.</source>
        <translation>Nimet, tiedostot ja salasanat ovat leikepöydällä. Liitä ne turvalliseen paikkaan (salasanojen hallintaohjelmaan), älä samaan sähköpostiin tiedostojen kanssa.</translation>
    </message>
    <message>
        <source>Save the passwords</source>
        <translation>Tallenna salasanat</translation>
    </message>
    <message>
        <source>passwords.txt</source>
        <translation>salasanat.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
    <message>
        <source>The passwords were saved in {path}. That file holds secrets: only you can read it; delete it once every password has been handed over.</source>
        <translation>Salasanat tallennettiin tiedostoon {path}. Tiedosto sisältää salaisuuksia: vain sinä voit lukea sen. Poista se, kun kaikki salasanat on toimitettu.</translation>
    </message>
    <message>
        <source>Close without keeping the passwords?</source>
        <translation>Suljetaanko salasanoja tallentamatta?</translation>
    </message>
    <message>
        <source>The passwords of the {count} identities issued are shown only here and are not kept anywhere. Without them the identity files cannot be opened. Save them to a file or copy them before you close.</source>
        <translation>Myönnettyjen varmenteiden ({count}) salasanat näkyvät vain tässä, eikä niitä tallenneta mihinkään. Ilman niitä varmennetiedostoja ei voi avata. Tallenna ne tiedostoon tai kopioi ne ennen sulkemista.</translation>
    </message>
    <message>
        <source>Close &amp;without them</source>
        <translation>Sulje &amp;ilman niitä</translation>
    </message>
</context>
<context>
    <name>SignaturePreview</name>
    <message>
        <source>Preview of the visible signature</source>
        <translation>Näkyvän allekirjoituksen esikatselu</translation>
    </message>
</context>
<context>
    <name>SignedVersionDialog</name>
    <message>
        <source>Signed version — {name}</source>
        <translation>Allekirjoitettu versio — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{heading}&lt;/b&gt; ({signer}) covers exactly this version of {name}: the first {size} bytes of the file. Anything added later is not shown.</source>
        <translation>&lt;b&gt;{heading}&lt;/b&gt; ({signer}) kattaa täsmälleen tämän version tiedostosta {name}: sen {size} ensimmäistä tavua. Myöhemmin lisättyä ei näytetä.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Save the signed version</source>
        <translation>Tallenna allekirjoitettu versio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close the signed version</source>
        <translation>Sulje allekirjoitettu versio</translation>
    </message>
</context>
<context>
    <name>SigningOptions</name>
    <message>
        <source>C&amp;ertify: after this signature, only signatures and the prepared fields may be added</source>
        <translation>Se&amp;rtifioi: tämän allekirjoituksen jälkeen saa lisätä vain allekirjoituksia ja valmiiden kenttien tietoja</translation>
    </message>
    <message>
        <source>Certify the agreement</source>
        <translation>Sertifioi sopimus</translation>
    </message>
    <message>
        <source>A certification signature locks the agreement: a reader&apos;s software shows any other change made after it.</source>
        <translation>Sertifiointiallekirjoitus lukitsee sopimuksen: lukijan ohjelma näyttää kaikki muut sen jälkeen tehdyt muutokset.</translation>
    </message>
    <message>
        <source>Only the first signature can certify; the agreement is signed already.</source>
        <translation>Vain ensimmäinen allekirjoitus voi sertifioida; sopimus on jo allekirjoitettu.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Säilyvyystaso</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Säil&amp;yvyystaso:</translation>
    </message>
    <message>
        <source>B-B: the signature alone</source>
        <translation>B-B: pelkkä allekirjoitus</translation>
    </message>
    <message>
        <source>B-T: with a trusted time</source>
        <translation>B-T: luotettavan ajan kanssa</translation>
    </message>
    <message>
        <source>B-LT: with the data to check it for years</source>
        <translation>B-LT: ja tiedot sen tarkistamiseen vuosien ajan</translation>
    </message>
    <message>
        <source>B-LTA: with that data timestamped too</source>
        <translation>B-LTA: ja nekin tiedot aikaleimattuina</translation>
    </message>
    <message>
        <source>PAdES levels: B-B is the signature alone; B-T adds a time from a timestamp server, proving when it was made; B-LT also stores in the PDF the certificates and revocation lists needed to check it years later; B-LTA adds a document timestamp over all of that, renewed in the register before it ages out.</source>
        <translation>PAdES-tasot: B-B on pelkkä allekirjoitus; B-T lisää aikaleimapalvelimen ajan, joka todistaa milloin se tehtiin; B-LT tallentaa PDF:ään myös varmenteet ja sulkulistat, joilla sen voi tarkistaa vuosien päästä; B-LTA lisää kaiken tämän päälle asiakirjan aikaleiman, joka uudistetaan rekisterissä ennen kuin se vanhenee.</translation>
    </message>
    <message>
        <source>B-T and above need a timestamp server: set one under Tools › Identities and trust.</source>
        <translation>B-T ja sitä ylemmät tasot tarvitsevat aikaleimapalvelimen: aseta se kohdassa Työkalut › Varmenteet ja luottamus.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Create your first agreement</source>
        <translation>Luo ensimmäinen sopimuksesi</translation>
    </message>
    <message>
        <source>Agreement Studio guides you through a network continuation agreement step by step: the network, its parties, coordination, meetings and what each party commits. You see the PDF take shape as you type.</source>
        <translation>Agreement Studio opastaa sinut verkoston jatkosopimuksen laatimisessa vaihe vaiheelta: verkosto, sen osapuolet, koordinointi, kokoukset ja kunkin osapuolen sitoumukset. Näet PDF:n muotoutuvan sitä mukaa kuin kirjoitat.</translation>
    </message>
    <message>
        <source>&amp;Create your first agreement</source>
        <translation>&amp;Luo ensimmäinen sopimuksesi</translation>
    </message>
    <message>
        <source>Open an e&amp;xample</source>
        <translation>Avaa &amp;esimerkki</translation>
    </message>
    <message>
        <source>&amp;Open a draft…</source>
        <translation>&amp;Avaa luonnos…</translation>
    </message>
    <message>
        <source>&amp;Recent drafts</source>
        <translation>&amp;Viimeaikaiset luonnokset</translation>
    </message>
    <message>
        <source>Recent drafts</source>
        <translation>Viimeaikaiset luonnokset</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Ready for signing</source>
        <translation>Valmis allekirjoitettavaksi</translation>
    </message>
    <message>
        <source>Partially signed</source>
        <translation>Osittain allekirjoitettu</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Irtisanottu</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Korvattu</translation>
    </message>
    <message>
        <source>{status} · {signed}/{total}</source>
        <translation>{status} · {signed}/{total}</translation>
    </message>
    <message>
        <source>{status} — not trusted</source>
        <translation>{status} — ei luotettu</translation>
    </message>
    <message>
        <source>{status} — {count} not trusted</source>
        <translation>{status} — ei luotettuja: {count}</translation>
    </message>
    <message>
        <source>{untrusted} of the {signed} signatures were not trusted when they were imported: the signer&apos;s certificate does not come from a trusted CA and was not pinned for the signatory (for example, a self-issued identity). The signatures themselves are intact.</source>
        <translation>{signed} allekirjoituksesta {untrusted} ei ollut luotettuja, kun ne tuotiin: allekirjoittajan varmenne ei ole luotetulta varmentajalta eikä sitä ole kiinnitetty allekirjoittajalle (esimerkiksi itse myönnetty tunniste). Allekirjoitukset itsessään ovat eheitä.</translation>
    </message>
    <message>
        <source>from {date}</source>
        <translation>{date} alkaen</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>{date} asti</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} päivää sitten</translation>
    </message>
    <message>
        <source>in {days} days</source>
        <translation>{days} päivän päästä</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Vielä tarvitaan: {fields}.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Template and language</source>
        <translation>Sopimuspohja ja kieli</translation>
    </message>
    <message>
        <source>Network and purpose</source>
        <translation>Verkosto ja tarkoitus</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Osapuolet</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinointi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Kokoukset</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Sitoumukset</translation>
    </message>
    <message>
        <source>Term and other clauses</source>
        <translation>Sopimuskausi ja muut ehdot</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Tarkistus</translation>
    </message>
</context>
<context>
    <name>StoredSource</name>
    <message>
        <source>{name} — {organisation} (valid until {date})</source>
        <translation>{name} — {organisation} (voimassa {date} asti)</translation>
    </message>
    <message>
        <source>None yet: create one in Tools &gt; Identities and trust</source>
        <translation>Ei vielä yhtään: luo varmenne kohdassa Työkalut &gt; Varmenteet ja luottamus</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Oma varmenne:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>There is no identity to choose.</source>
        <translation>Valittavaa varmennetta ei ole.</translation>
    </message>
    <message>
        <source>Type the identity&apos;s password.</source>
        <translation>Kirjoita varmenteen salasana.</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Allekirjoittajat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Foreign registration number</source>
        <translation>Ulkomainen rekisterinumero</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapuoli</translation>
    </message>
    <message>
        <source>Staff hours a year</source>
        <translation>Henkilöstön tunnit / v</translation>
    </message>
    <message>
        <source>Mandate of the staff</source>
        <translation>Henkilöstön valtuutus</translation>
    </message>
    <message>
        <source>Euros a year</source>
        <translation>Euroa / v</translation>
    </message>
    <message>
        <source>Premises</source>
        <translation>Tilat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muuta</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Template and language</source>
        <translation>Sopimuspohja ja kieli</translation>
    </message>
    <message>
        <source>Choose the kind of agreement and the language it is written in. You can change both later.</source>
        <translation>Valitse sopimuksen tyyppi ja kieli, jolla se kirjoitetaan. Voit muuttaa molempia myöhemmin.</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Pohja:</translation>
    </message>
    <message>
        <source>&amp;Language of the agreement:</source>
        <translation>Sopimuksen &amp;kieli:</translation>
    </message>
    <message>
        <source>&amp;Own title (optional):</source>
        <translation>&amp;Oma otsikko (valinnainen):</translation>
    </message>
    <message>
        <source>Some of your own templates cannot be used:</source>
        <translation>Joitakin omia sopimuspohjiasi ei voi käyttää:</translation>
    </message>
    <message>
        <source>{id} (not found)</source>
        <translation>{id} (ei löydy)</translation>
    </message>
</context>
<context>
    <name>TermPage</name>
    <message>
        <source>Term and other clauses</source>
        <translation>Sopimuskausi ja muut ehdot</translation>
    </message>
    <message>
        <source>When the agreement starts and ends, how a party withdraws or joins, and the remaining terms.</source>
        <translation>Milloin sopimus alkaa ja päättyy, miten osapuoli eroaa tai liittyy, sekä muut ehdot.</translation>
    </message>
    <message>
        <source>Term and withdrawal</source>
        <translation>Sopimuskausi ja eroaminen</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>&amp;Alkamispäivä:</translation>
    </message>
    <message>
        <source>&amp;Until further notice</source>
        <translation>T&amp;oistaiseksi voimassa</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>&amp;Päättymispäivä:</translation>
    </message>
    <message>
        <source>Notice &amp;period for withdrawal:</source>
        <translation>&amp;Irtisanomisaika eroavalle osapuolelle:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuukautta</translation>
    </message>
    <message>
        <source>&amp;Review date (optional):</source>
        <translation>A&amp;rviointipäivä (valinnainen):</translation>
    </message>
    <message>
        <source>Decisions and joining</source>
        <translation>Päätöksenteko ja liittyminen</translation>
    </message>
    <message>
        <source>New parties &amp;admitted by:</source>
        <translation>&amp;Uusien osapuolten hyväksyminen:</translation>
    </message>
    <message>
        <source>Joint de&amp;cisions by:</source>
        <translation>&amp;Yhteiset päätökset:</translation>
    </message>
    <message>
        <source>&amp;Time to remedy a breach:</source>
        <translation>&amp;Korjausaika sopimusrikkomukselle:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Confidentiality and data protection</source>
        <translation>Salassapito ja tietosuoja</translation>
    </message>
    <message>
        <source>The &amp;work involves personal data</source>
        <translation>Työssä käsitellään henki&amp;lötietoja</translation>
    </message>
    <message>
        <source>Roles under the &amp;GDPR:</source>
        <translation>Roolit tietosuoja-asetuksen (&amp;GDPR) mukaan:</translation>
    </message>
    <message>
        <source>Data protection c&amp;ontact:</source>
        <translation>Tietosuo&amp;jan yhteyshenkilö:</translation>
    </message>
    <message>
        <source>Communications, materials and disputes</source>
        <translation>Viestintä, aineistot ja riidat</translation>
    </message>
    <message>
        <source>Co&amp;mmunications:</source>
        <translation>Viesti&amp;ntä:</translation>
    </message>
    <message>
        <source>Use of materia&amp;ls:</source>
        <translation>Aineistojen k&amp;äyttö:</translation>
    </message>
    <message>
        <source>Court for disputes:</source>
        <translation>Riitojen käsittelypaikka:</translation>
    </message>
    <message>
        <source>e.g. Päijät-Häme District Court</source>
        <translation>esim. Päijät-Hämeen käräjäoikeus</translation>
    </message>
    <message>
        <source>Signing and annexes</source>
        <translation>Allekirjoittaminen ja liitteet</translation>
    </message>
    <message>
        <source>Place of signing:</source>
        <translation>Allekirjoituspaikka:</translation>
    </message>
    <message>
        <source>Date of signing (optional):</source>
        <translation>Allekirjoituspäivä (valinnainen):</translation>
    </message>
    <message>
        <source>Anne&amp;xes (one a line):</source>
        <translation>Liitteet (kukin omalle rivilleen):</translation>
    </message>
    <message>
        <source>Optional clauses</source>
        <translation>Valinnaiset ehdot</translation>
    </message>
    <message>
        <source>This template has none.</source>
        <translation>Tässä sopimuspohjassa ei ole niitä.</translation>
    </message>
</context>
<context>
    <name>TokenSource</name>
    <message>
        <source>e.g. /usr/lib/opensc-pkcs11.so</source>
        <translation>esim. /usr/lib/opensc-pkcs11.so</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 module</source>
        <translation>Valitse PKCS#11-moduuli</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Moduuli:</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-moduuli</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>La&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Avai&amp;n:</translation>
    </message>
    <message>
        <source>PI&amp;N:</source>
        <translation>PIN-koo&amp;di:</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-moduulit (*.so *.dll *.dylib);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Choose the PKCS#11 module.</source>
        <translation>Valitse PKCS#11-moduuli.</translation>
    </message>
    <message>
        <source>Give the token&apos;s and the key&apos;s labels.</source>
        <translation>Anna laitteen ja avaimen nimet.</translation>
    </message>
    <message>
        <source>Type the PIN.</source>
        <translation>Kirjoita PIN-koodi.</translation>
    </message>
</context>
<context>
    <name>ToolsMenu</name>
    <message>
        <source>&amp;Tools</source>
        <translation>T&amp;yökalut</translation>
    </message>
    <message>
        <source>&amp;Identities and trust…</source>
        <translation>&amp;Varmenteet ja luottamus…</translation>
    </message>
    <message>
        <source>Signing identities, the network CA, trusted certificates and the timestamp server</source>
        <translation>Allekirjoitusvarmenteet, verkoston CA, luotetut varmenteet ja aikaleimapalvelin</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>A signature is trusted when its certificate was issued by one of these certificates (for example your network&apos;s CA).</source>
        <translation>Allekirjoitukseen luotetaan, kun sen varmenteen on myöntänyt jokin näistä varmenteista (esimerkiksi verkostonne CA).</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Varmenne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation>Luotetut varmenteet</translation>
    </message>
    <message>
        <source>&amp;Add a certificate…</source>
        <translation>&amp;Lisää varmenne…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>e.g. http://timestamp.example.fi/tsa</source>
        <translation>esim. http://timestamp.example.fi/tsa</translation>
    </message>
    <message>
        <source>&amp;Timestamp server:</source>
        <translation>&amp;Aikaleimapalvelin:</translation>
    </message>
    <message>
        <source>With a timestamp server, each signature carries a time confirmed by it (PAdES B-T); leave empty to sign without.</source>
        <translation>Aikaleimapalvelinta käytettäessä jokaisessa allekirjoituksessa on sen vahvistama aika (PAdES B-T); jätä tyhjäksi, jos allekirjoitat ilman.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ei voi lukea</translation>
    </message>
    <message>
        <source>Trust a certificate</source>
        <translation>Luota varmenteeseen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer *.der);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Give an address that begins with http:// or https://.</source>
        <translation>Anna osoite, joka alkaa http:// tai https://.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verify a &amp;folder…</source>
        <translation>Tarkista &amp;kansio…</translation>
    </message>
    <message>
        <source>Check the signatures of every PDF in a folder</source>
        <translation>Tarkista kansion kaikkien PDF-tiedostojen allekirjoitukset</translation>
    </message>
</context>
<context>
    <name>VerificationController</name>
    <message>
        <source>Verify signatures</source>
        <translation>Tarkista allekirjoitukset</translation>
    </message>
    <message>
        <source>Looking for PDF files…</source>
        <translation>Etsitään PDF-tiedostoja…</translation>
    </message>
    <message>
        <source>Verified {done} of {total}: {name}</source>
        <translation>Tarkistettu {done}/{total}: {name}</translation>
    </message>
    <message>
        <source>Cancelled after {done} of {total} files.</source>
        <translation>Keskeytetty, kun {done}/{total} tiedostoa oli tarkistettu.</translation>
    </message>
    <message>
        <source>{count} files unchanged since they were verified: not verified again.</source>
        <translation>{count} tiedostoa ei ole muuttunut tarkistuksen jälkeen: niitä ei tarkistettu uudelleen.</translation>
    </message>
    <message>
        <source>{files} files verified: {valid} valid, {untrusted} untrusted, {unsigned} unsigned, {rejected} rejected (modified, invalid or error).</source>
        <translation>Tiedostoja tarkistettu: {files}. Kelvollisia {valid}, ei luotettuja {untrusted}, allekirjoittamattomia {unsigned}, hylättyjä {rejected} (muutettu, virheellinen tai virhe).</translation>
    </message>
    <message>
        <source>Trust anchors come from Preferences; add more for this session here.</source>
        <translation>Luottamusankkurit tulevat asetuksista; tämän istunnon ajaksi voit lisätä niitä tästä.</translation>
    </message>
    <message>
        <source>Trusted: {names}.</source>
        <translation>Luotetut: {names}.</translation>
    </message>
    <message>
        <source>No trust anchors: intact signatures show as untrusted. Add the network&apos;s CA certificate here or in Preferences.</source>
        <translation>Ei luottamusankkureita: eheät allekirjoitukset näkyvät ei-luotettuina. Lisää verkoston CA-varmenne tästä tai asetuksista.</translation>
    </message>
    <message>
        <source>Not used: {files}</source>
        <translation>Ei käytetty: {files}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Tallenna raportti PDF-muodossa</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>Tallenna raportti JSON-muodossa</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Tallennetaan {name}…</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>Tallennettu {name}.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save the signed version</source>
        <translation>Tallenna allekirjoitettu versio</translation>
    </message>
    <message>
        <source>Signed version</source>
        <translation>Allekirjoitettu versio</translation>
    </message>
</context>
<context>
    <name>VerificationDialogs</name>
    <message>
        <source>Verify PDF files</source>
        <translation>Tarkista PDF-tiedostot</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-asiakirjat (*.pdf);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Verify every PDF in a folder</source>
        <translation>Tarkista kansion kaikki PDF-tiedostot</translation>
    </message>
    <message>
        <source>Add intermediate CA certificates</source>
        <translation>Lisää välivarmenteita</translation>
    </message>
    <message>
        <source>Add trust anchors</source>
        <translation>Lisää luottamusankkureita</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Varmenteet (*.pem *.crt *.cer *.der);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>File or signature</source>
        <translation>Tiedosto tai allekirjoitus</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>PAdES {level}</source>
        <translation>PAdES {level}</translation>
    </message>
    <message>
        <source>not a PAdES signature</source>
        <translation>ei PAdES-allekirjoitus</translation>
    </message>
    <message>
        <source>REVOKED on {date}</source>
        <translation>SULJETTU {date}</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>SULJETTU</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>ei suljettu</translation>
    </message>
    <message>
        <source>revocation status unknown</source>
        <translation>sulkutieto tuntematon</translation>
    </message>
    <message>
        <source>revocation not checked</source>
        <translation>sulkutietoa ei tarkistettu</translation>
    </message>
</context>
<context>
    <name>VerificationView</name>
    <message>
        <source>Verify signatures</source>
        <translation>Tarkista allekirjoitukset</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close the verification</source>
        <translation>Sulje tarkistus</translation>
    </message>
    <message>
        <source>&amp;Open files…</source>
        <translation>&amp;Avaa tiedostoja…</translation>
    </message>
    <message>
        <source>Verify PDF files</source>
        <translation>Tarkista PDF-tiedostot</translation>
    </message>
    <message>
        <source>Open a fol&amp;der…</source>
        <translation>Avaa &amp;kansio…</translation>
    </message>
    <message>
        <source>Verify every PDF in a folder</source>
        <translation>Tarkista kansion kaikki PDF-tiedostot</translation>
    </message>
    <message>
        <source>Verify &amp;again</source>
        <translation>Tarkista &amp;uudelleen</translation>
    </message>
    <message>
        <source>Verify the same files again</source>
        <translation>Tarkista samat tiedostot uudelleen</translation>
    </message>
    <message>
        <source>Clear res&amp;ults</source>
        <translation>Tyhjennä l&amp;ista</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Poista kaikki tulokset luettelosta</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Tallenna raportti &amp;PDF:nä…</translation>
    </message>
    <message>
        <source>Save the verification report as a PDF</source>
        <translation>Tallenna tarkistusraportti PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Save as &amp;JSON…</source>
        <translation>Tallenna &amp;JSON-muodossa…</translation>
    </message>
    <message>
        <source>Save the verification report as JSON</source>
        <translation>Tallenna tarkistusraportti JSON-muodossa</translation>
    </message>
    <message>
        <source>Add trust a&amp;nchor…</source>
        <translation>Lisää &amp;luottamusankkuri…</translation>
    </message>
    <message>
        <source>Trust a CA certificate for this session</source>
        <translation>Luota CA-varmenteeseen tämän istunnon ajan</translation>
    </message>
    <message>
        <source>Add &amp;intermediate…</source>
        <translation>Lisää &amp;välivarmenne…</translation>
    </message>
    <message>
        <source>Add an intermediate CA certificate for this session</source>
        <translation>Lisää välivarmenne tämän istunnon ajaksi</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Tarkistuksen eteneminen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Keske&amp;ytä</translation>
    </message>
    <message>
        <source>Stop verifying; the files verified so far stay</source>
        <translation>Lopeta tarkistus; jo tarkistetut tiedostot jäävät näkyviin</translation>
    </message>
    <message>
        <source>Only files with p&amp;roblems</source>
        <translation>Vain &amp;ongelmalliset tiedostot</translation>
    </message>
    <message>
        <source>Show only files with problems</source>
        <translation>Näytä vain tiedostot, joissa on ongelmia</translation>
    </message>
    <message>
        <source>Drop PDF files or a folder here, or choose Open files or Open a folder. Each file&apos;s signatures are checked: who signed, whether the file is intact, whether anything changed afterwards, and whether the signer is trusted.</source>
        <translation>Pudota PDF-tiedostoja tai kansio tähän, tai valitse Avaa tiedostoja tai Avaa kansio. Jokaisen tiedoston allekirjoitukset tarkistetaan: kuka allekirjoitti, onko tiedosto eheä, onko jotain muutettu jälkikäteen ja onko allekirjoittaja luotettu.</translation>
    </message>
    <message>
        <source>Show &amp;signed version</source>
        <translation>&amp;Näytä allekirjoitettu versio</translation>
    </message>
    <message>
        <source>Show exactly the version of the file the chosen signature covers</source>
        <translation>Näytä täsmälleen se tiedoston versio, jonka valittu allekirjoitus kattaa</translation>
    </message>
    <message>
        <source>Sa&amp;ve signed version…</source>
        <translation>Tallenna allekirjoitettu v&amp;ersio…</translation>
    </message>
    <message>
        <source>Save exactly the version of the file the chosen signature covers</source>
        <translation>Tallenna täsmälleen se tiedoston versio, jonka valittu allekirjoitus kattaa</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Tarkistuksen tulokset</translation>
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
        <translation>Allekirjoitusten tarkistusraportti</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <source>Page {n} / {total}</source>
        <translation>Sivu {n} / {total}</translation>
    </message>
    <message>
        <source>Files: {files}. Valid: {valid}. Untrusted: {untrusted}. Unsigned: {unsigned}. Rejected (modified, invalid or error): {rejected}.</source>
        <translation>Tiedostoja: {files}. Kelvollisia: {valid}. Ei luotettuja: {untrusted}. Allekirjoittamattomia: {unsigned}. Hylättyjä (muutettu, virheellinen tai virhe): {rejected}.</translation>
    </message>
    <message>
        <source>Trusted certificates: {names}.</source>
        <translation>Luotetut varmenteet: {names}.</translation>
    </message>
    <message>
        <source>No trust anchors were given: an intact signature is at best untrusted.</source>
        <translation>Luottamusankkureita ei annettu: eheäkin allekirjoitus on parhaimmillaan ei-luotettu.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Kelvollinen</translation>
    </message>
    <message>
        <source>Untrusted</source>
        <translation>Ei luotettu</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Allekirjoittamaton</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <source>Every signature is intact and trusted ({count}).</source>
        <translation>Jokainen allekirjoitus on eheä ja luotettu ({count}).</translation>
    </message>
    <message>
        <source>Intact; signers not trusted: {untrusted} of {count}.</source>
        <translation>Eheä; allekirjoittajia, joihin ei luoteta: {untrusted}/{count}.</translation>
    </message>
    <message>
        <source>The file has no signatures.</source>
        <translation>Tiedostossa ei ole allekirjoituksia.</translation>
    </message>
    <message>
        <source>Changed after signature {number}: {changes}</source>
        <translation>Muutettu allekirjoituksen {number} jälkeen: {changes}</translation>
    </message>
    <message>
        <source>A signature is broken: {problem}</source>
        <translation>Allekirjoitus on rikki: {problem}</translation>
    </message>
    <message>
        <source>Could not be verified: {problem}</source>
        <translation>Ei voitu tarkistaa: {problem}</translation>
    </message>
    <message>
        <source>Signature {number}</source>
        <translation>Allekirjoitus {number}</translation>
    </message>
    <message>
        <source>Certification {number}</source>
        <translation>Varmentava allekirjoitus {number}</translation>
    </message>
    <message>
        <source>Document timestamp {number}</source>
        <translation>Asiakirjan aikaleima {number}</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>Time claimed</source>
        <translation>Ilmoitettu aika</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Aikaleima</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Eheä</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Muutettu allekirjoituksen jälkeen</translation>
    </message>
    <message>
        <source>Added afterwards (allowed)</source>
        <translation>Lisätty jälkeenpäin (sallittu)</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Luotettu</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Varmenne</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kattaa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Sormenjälki (SHA-256)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Yes: the signed bytes and the signature check out</source>
        <translation>Kyllä: allekirjoitetut tavut ja allekirjoitus täsmäävät</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>{time} (trusted timestamp)</source>
        <translation>{time} (luotettu aikaleima)</translation>
    </message>
    <message>
        <source>{time} (not used: {reason})</source>
        <translation>{time} (ei käytetty: {reason})</translation>
    </message>
    <message>
        <source>{time} (its authority is not trusted)</source>
        <translation>{time} (sen myöntäjään ei luoteta)</translation>
    </message>
    <message>
        <source>Yes, through “{anchor}”</source>
        <translation>Kyllä, ankkurin ”{anchor}” kautta</translation>
    </message>
    <message>
        <source>Yes: the certificate recorded for this signatory</source>
        <translation>Kyllä: tälle allekirjoittajalle tallennettu varmenne</translation>
    </message>
    <message>
        <source>No: {reason}</source>
        <translation>Ei: {reason}</translation>
    </message>
    <message>
        <source>{trust}; judged {basis}</source>
        <translation>{trust}; arvioitu {basis}</translation>
    </message>
    <message>
        <source>at the time of the trusted timestamp</source>
        <translation>luotetun aikaleiman ajankohtana</translation>
    </message>
    <message>
        <source>at the time the signer claims</source>
        <translation>allekirjoittajan ilmoittamana ajankohtana</translation>
    </message>
    <message>
        <source>at the time of verification</source>
        <translation>tarkistushetkellä</translation>
    </message>
    <message>
        <source>at the time of a trusted document timestamp</source>
        <translation>luotetun asiakirjan aikaleiman hetkellä</translation>
    </message>
    <message>
        <source>issued by {issuer}, valid {start} – {end}</source>
        <translation>myöntäjä {issuer}, voimassa {start} – {end}</translation>
    </message>
    <message>
        <source>it has expired since, on {date}</source>
        <translation>se on sittemmin vanhentunut, {date}</translation>
    </message>
    <message>
        <source>it was not yet valid at that time</source>
        <translation>se ei ollut vielä silloin voimassa</translation>
    </message>
    <message>
        <source>it had already expired at that time</source>
        <translation>se oli silloin jo vanhentunut</translation>
    </message>
    <message>
        <source>revision {revision} of {revisions}</source>
        <translation>versio {revision}/{revisions}</translation>
    </message>
    <message>
        <source>revision {revision} of {revisions}: the whole file</source>
        <translation>versio {revision}/{revisions}: koko tiedosto</translation>
    </message>
    <message>
        <source>Validation time</source>
        <translation>Tarkistusaika</translation>
    </message>
    <message>
        <source>Trust anchors</source>
        <translation>Luotetut varmenteet</translation>
    </message>
    <message>
        <source>Trust judged at</source>
        <translation>Luottamus arvioitu hetkellä</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Sulku</translation>
    </message>
    <message>
        <source>PAdES level</source>
        <translation>PAdES-taso</translation>
    </message>
    <message>
        <source>Long-term data</source>
        <translation>Pitkäaikaistiedot</translation>
    </message>
    <message>
        <source>Key and digest</source>
        <translation>Avain ja tiiviste</translation>
    </message>
    <message>
        <source>{time} ({basis})</source>
        <translation>{time} ({basis})</translation>
    </message>
    <message>
        <source>good: not revoked</source>
        <translation>kunnossa: ei suljettu</translation>
    </message>
    <message>
        <source>revoked on {time}</source>
        <translation>suljettu {time}</translation>
    </message>
    <message>
        <source>unknown: no revocation data could be had</source>
        <translation>tuntematon: sulkutietoja ei saatu</translation>
    </message>
    <message>
        <source>not-applicable: no revocation status was checked</source>
        <translation>ei sovellu: sulkutilaa ei tarkistettu</translation>
    </message>
    <message>
        <source>{status} (source: {source})</source>
        <translation>{status} (lähde: {source})</translation>
    </message>
    <message>
        <source>none (not a PAdES baseline signature)</source>
        <translation>ei mikään (ei PAdES-perusallekirjoitus)</translation>
    </message>
    <message>
        <source>no weakness found</source>
        <translation>heikkouksia ei löytynyt</translation>
    </message>
    <message>
        <source>too weak (ETSI TS 119 312): {reason}</source>
        <translation>liian heikko (ETSI TS 119 312): {reason}</translation>
    </message>
</context>
</TS>
