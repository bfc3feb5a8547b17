<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en_GB">
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
    <name>Binder</name>
    <message>
        <source>Write the date like {example}.</source>
        <translation>Kirjoita päivämäärä muodossa {example}.</translation>
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
        <source>The password or PIN is not right.</source>
        <translation>Salasana tai PIN-koodi on väärä.</translation>
    </message>
    <message>
        <source>The certificate cannot be used for signing.</source>
        <translation>Varmennetta ei voi käyttää allekirjoittamiseen.</translation>
    </message>
    <message>
        <source>The smart card or token cannot be used.</source>
        <translation>Toimikorttia tai tunnistetta ei voi käyttää.</translation>
    </message>
    <message>
        <source>The signing identity cannot be used.</source>
        <translation>Allekirjoitusidentiteettiä ei voi käyttää.</translation>
    </message>
    <message>
        <source>The draft cannot be opened.</source>
        <translation>Luonnosta ei voi avata.</translation>
    </message>
    <message>
        <source>The draft is not complete yet.</source>
        <translation>Luonnos ei ole vielä valmis.</translation>
    </message>
    <message>
        <source>The template cannot be used.</source>
        <translation>Sopimuspohjaa ei voi käyttää.</translation>
    </message>
    <message>
        <source>The PDF cannot be used.</source>
        <translation>PDF-tiedostoa ei voi käyttää.</translation>
    </message>
    <message>
        <source>The signature field cannot be used.</source>
        <translation>Allekirjoituskenttää ei voi käyttää.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Tiedostoa ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>The timestamp server did not give a timestamp. Check its address in Preferences, or try again later.</source>
        <translation>Aikaleimapalvelin ei antanut aikaleimaa. Tarkista sen osoite asetuksista tai yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <source>Signing did not succeed.</source>
        <translation>Allekirjoittaminen ei onnistunut.</translation>
    </message>
    <message>
        <source>The register is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Rekisteri on varattu: toinen ohjelma kirjoittaa siihen. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The register has no such agreement.</source>
        <translation>Rekisterissä ei ole tällaista sopimusta.</translation>
    </message>
    <message>
        <source>The PDF was not accepted.</source>
        <translation>PDF-tiedostoa ei hyväksytty.</translation>
    </message>
    <message>
        <source>The register does not pass its integrity checks.</source>
        <translation>Rekisteri ei läpäise eheystarkistuksiaan.</translation>
    </message>
    <message>
        <source>The register cannot do this.</source>
        <translation>Rekisteri ei voi tehdä tätä.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Tiedostoa ei voitu lukea tai kirjoittaa.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… ja {count} muuta.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}). The details are in the log; please report this.</source>
        <translation>Tapahtui odottamaton virhe ({kind}). Tiedot ovat lokissa; ilmoitathan tästä.</translation>
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
        <source>Agreement Studio help</source>
        <translation>Agreement Studion ohje</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;New agreement&lt;/b&gt; (Ctrl+N) opens a wizard that asks, page by page, for the network, its parties, coordination, meetings, each party&apos;s commitments and the term. The PDF beside the form follows what you type.&lt;/p&gt;&lt;p&gt;Next (Enter or Alt+N) is available once the page is complete; what is still missing is said at the field. Save the draft at any time (Ctrl+S) and continue later with Open draft (Ctrl+O).&lt;/p&gt;&lt;p&gt;The last page lists anything still missing in the whole agreement; choose a line to go to its page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Uusi sopimus&lt;/b&gt; (Ctrl+N) avaa ohjatun toiminnon, joka kysyy sivu kerrallaan verkostosta, sen osapuolista, koordinoinnista, kokouksista, kunkin osapuolen sitoumuksista ja sopimuskaudesta. Lomakkeen vieressä oleva PDF päivittyy sitä mukaa kuin kirjoitat.&lt;/p&gt;&lt;p&gt;Seuraava (Enter tai Alt+S) on käytettävissä, kun sivu on valmis; mitä vielä puuttuu, kerrotaan kentän kohdalla. Tallenna luonnos milloin tahansa (Ctrl+S) ja jatka myöhemmin kohdasta Avaa luonnos (Ctrl+O).&lt;/p&gt;&lt;p&gt;Viimeinen sivu luettelee kaiken, mitä koko sopimuksesta vielä puuttuu; valitse rivi siirtyäksesi sen sivulle.&lt;/p&gt;</translation>
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
        <source>Write the date like {example}.</source>
        <translation>Kirjoita päivämäärä muodossa {example}.</translation>
    </message>
    <message>
        <source>Type a date first.</source>
        <translation>Kirjoita ensin päivämäärä.</translation>
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
        <translation>Yhteyshenkilön nimi:</translation>
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
        <source>Party {number}</source>
        <translation>Osapuoli {number}</translation>
    </message>
    <message>
        <source>No party chosen</source>
        <translation>Osapuolta ei ole valittu</translation>
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
        <source>PDF preview</source>
        <translation>PDF-esikatselu</translation>
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
        <source>A new language is used from the next start of the application.</source>
        <translation>Uusi kieli otetaan käyttöön, kun sovellus käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This is needed.</source>
        <translation>Tämä tarvitaan.</translation>
    </message>
    <message>
        <source>“{value}” is not an email address.</source>
        <translation>”{value}” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>“{value}” is not a two-letter country code (like SE or EE).</source>
        <translation>”{value}” ei ole kaksikirjaiminen maakoodi (kuten SE tai EE).</translation>
    </message>
    <message>
        <source>A Business ID is needed (like 1234567-8).</source>
        <translation>Y-tunnus tarvitaan (muotoa 1234567-8).</translation>
    </message>
    <message>
        <source>“{value}” has six digits; a Business ID has seven. Add a leading zero: 0{value}.</source>
        <translation>”{value}” on kuusinumeroinen; Y-tunnuksessa on seitsemän numeroa. Lisää alkuun nolla: 0{value}.</translation>
    </message>
    <message>
        <source>“{value}” lacks the hyphen before the check digit: write {fixed}.</source>
        <translation>Tunnuksesta ”{value}” puuttuu väliviiva ennen tarkistusmerkkiä: kirjoita {fixed}.</translation>
    </message>
    <message>
        <source>“{value}” is not of the form 1234567-8 (seven digits, a hyphen and a check digit).</source>
        <translation>”{value}” ei ole muotoa 1234567-8 (seitsemän numeroa, väliviiva ja tarkistusmerkki).</translation>
    </message>
    <message>
        <source>“{value}” cannot be a Business ID: no Business ID is issued with these seven digits.</source>
        <translation>”{value}” ei voi olla Y-tunnus: näillä seitsemällä numerolla ei anneta Y-tunnusta.</translation>
    </message>
    <message>
        <source>“{value}” has the wrong check digit: with these seven digits it is {expected}. Check the number.</source>
        <translation>Tunnuksen ”{value}” tarkistusmerkki on väärä: näillä seitsemällä numerolla se on {expected}. Tarkista tunnus.</translation>
    </message>
    <message>
        <source>A foreign organisation gives its own registration number, not a Finnish Business ID.</source>
        <translation>Ulkomainen organisaatio ilmoittaa oman rekisterinumeronsa, ei suomalaista Y-tunnusta.</translation>
    </message>
    <message>
        <source>Add the person who signs for this party.</source>
        <translation>Lisää henkilö, joka allekirjoittaa tämän osapuolen puolesta.</translation>
    </message>
    <message>
        <source>{name} is listed twice for this party.</source>
        <translation>{name} on mainittu kahdesti tällä osapuolella.</translation>
    </message>
    <message>
        <source>An agreement needs at least two parties.</source>
        <translation>Sopimuksessa on oltava vähintään kaksi osapuolta.</translation>
    </message>
    <message>
        <source>Party {other} already has this identifier; list each party once.</source>
        <translation>Osapuolella {other} on jo sama tunnus; mainitse kukin osapuoli vain kerran.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the parties.</source>
        <translation>”{value}” ei ole sopimuksen osapuoli.</translation>
    </message>
    <message>
        <source>A coordinating group needs at least two parties.</source>
        <translation>Koordinoivassa ryhmässä on oltava vähintään kaksi osapuolta.</translation>
    </message>
    <message>
        <source>“{value}” is in the group twice.</source>
        <translation>”{value}” on ryhmässä kahdesti.</translation>
    </message>
    <message>
        <source>The chair must be one of the group&apos;s members.</source>
        <translation>Puheenjohtajan on oltava ryhmän jäsen.</translation>
    </message>
    <message>
        <source>The meeting on {date} is before the agreement starts.</source>
        <translation>Kokous {date} on ennen sopimuksen alkamista.</translation>
    </message>
    <message>
        <source>The meeting on {date} is after the agreement ends.</source>
        <translation>Kokous {date} on sopimuksen päättymisen jälkeen.</translation>
    </message>
    <message>
        <source>{date} is planned twice.</source>
        <translation>{date} on suunniteltu kahdesti.</translation>
    </message>
    <message>
        <source>The coordinating group can convene the meetings only when a group coordinates.</source>
        <translation>Koordinoiva ryhmä voi kutsua kokoukset koolle vain, kun koordinoinnista vastaa ryhmä.</translation>
    </message>
    <message>
        <source>This party&apos;s commitments are given twice.</source>
        <translation>Tämän osapuolen sitoumukset on annettu kahdesti.</translation>
    </message>
    <message>
        <source>Say what mandate the staff have to take part: staff time alone is not enough.</source>
        <translation>Kerro, millainen valtuutus henkilöstöllä on osallistua: pelkkä työaika ei riitä.</translation>
    </message>
    <message>
        <source>Each party commits something: staff time, money, premises or other.</source>
        <translation>Jokainen osapuoli sitoutuu johonkin: henkilöstön työaikaan, rahaan, tiloihin tai muuhun.</translation>
    </message>
    <message>
        <source>No commitments are given for {party}.</source>
        <translation>Osapuolelle {party} ei ole annettu sitoumuksia.</translation>
    </message>
    <message>
        <source>An agreement in force until further notice has no end date.</source>
        <translation>Toistaiseksi voimassa olevalla sopimuksella ei ole päättymispäivää.</translation>
    </message>
    <message>
        <source>The end date must be after the start date.</source>
        <translation>Päättymispäivän on oltava alkamispäivän jälkeen.</translation>
    </message>
    <message>
        <source>The review date must be after the start date.</source>
        <translation>Arviointipäivän on oltava alkamispäivän jälkeen.</translation>
    </message>
    <message>
        <source>The review date must be before the end date.</source>
        <translation>Arviointipäivän on oltava ennen päättymispäivää.</translation>
    </message>
    <message>
        <source>The date of signing is too far ahead.</source>
        <translation>Allekirjoituspäivä on liian kaukana tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Choose the coordinating party.</source>
        <translation>Valitse koordinoiva osapuoli.</translation>
    </message>
    <message>
        <source>List at least one duty, one a line.</source>
        <translation>Luettele vähintään yksi tehtävä, kukin omalle rivilleen.</translation>
    </message>
    <message>
        <source>Give the start date.</source>
        <translation>Anna alkamispäivä.</translation>
    </message>
    <message>
        <source>Give the end date, or make the agreement run until further notice.</source>
        <translation>Anna päättymispäivä tai tee sopimuksesta toistaiseksi voimassa oleva.</translation>
    </message>
    <message>
        <source>Say how the network keeps its members&apos; competence current.</source>
        <translation>Kerro, miten verkosto pitää jäsentensä osaamisen ajan tasalla.</translation>
    </message>
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
    <name>RegisterPlaceholder</name>
    <message>
        <source>The register of agreements will be shown here.</source>
        <translation>Sopimusrekisteri näytetään tässä.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Rekisteri</translation>
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
        <source>Open an &amp;example</source>
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
        <translation>Aineistojen käyttö:</translation>
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
</TS>
