<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>crossread</name>
    <message>
        <source>Untitled article %1</source>
        <translation>Article sans titre %1</translation>
    </message>
    <message>
        <source>Asserts</source>
        <translation>Affirme</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <source>Contradicts</source>
        <translation>Contredit</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>cannot write %1 in %2</source>
        <translation>impossible d&apos;écrire %1 dans %2</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>impossible de terminer %1</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>Étayée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Fausse</translation>
    </message>
    <message>
        <source>Misleading</source>
        <translation>Trompeuse</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Same claim</source>
        <translation>Même affirmation</translation>
    </message>
    <message>
        <source>Corroborates</source>
        <translation>Corrobore</translation>
    </message>
    <message>
        <source>Differs in detail</source>
        <translation>Diffère dans le détail</translation>
    </message>
    <message>
        <source>Elaborates</source>
        <translation>Développe</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>En rapport</translation>
    </message>
    <message>
        <source>Quotations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Attribution Phrases</source>
        <translation>Formules d&apos;attribution</translation>
    </message>
    <message>
        <source>Hedges</source>
        <translation>Atténuations</translation>
    </message>
    <message>
        <source>Numbers and Quantities</source>
        <translation>Nombres et quantités</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Loaded Terms</source>
        <translation>Termes connotés</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>crossread::AboutDialog</name>
    <message>
        <source>About Crossread</source>
        <translation>À propos de Crossread</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Crossread %1&lt;/h2&gt;&lt;p&gt;Compare how several outlets report the same event: tag claims, link them across sources, see who said what and who left it out.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Crossread %1&lt;/h2&gt;&lt;p&gt;Comparez la façon dont plusieurs médias rapportent un même événement&#xa0;: étiquetez les affirmations, liez-les d&apos;une source à l&apos;autre, voyez qui a dit quoi et qui l&apos;a passé sous silence.&lt;/p&gt;&lt;p&gt;Distribué sous la licence GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Sert à</translation>
    </message>
    <message>
        <source>as packaged</source>
        <translation>version du paquet</translation>
    </message>
    <message>
        <source>the window, text, PDF, SVG</source>
        <translation>la fenêtre, le texte, PDF, SVG</translation>
    </message>
    <message>
        <source>project files</source>
        <translation>les fichiers de projet</translation>
    </message>
    <message>
        <source>checksums</source>
        <translation>les sommes de contrôle</translation>
    </message>
    <message>
        <source>text encodings</source>
        <translation>les encodages de texte</translation>
    </message>
    <message>
        <source>detecting encodings</source>
        <translation>détecter les encodages</translation>
    </message>
    <message>
        <source>reading web pages</source>
        <translation>lire les pages web</translation>
    </message>
    <message>
        <source>reading Markdown</source>
        <translation>lire le Markdown</translation>
    </message>
    <message>
        <source>Word documents, REFI-QDA</source>
        <translation>les documents Word, REFI-QDA</translation>
    </message>
    <message>
        <source>reading PDF files</source>
        <translation>lire les fichiers PDF</translation>
    </message>
    <message>
        <source>detecting languages</source>
        <translation>détecter les langues</translation>
    </message>
    <message>
        <source>word stems</source>
        <translation>les radicaux des mots</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Libraries</source>
        <translation>&amp;Bibliothèques</translation>
    </message>
</context>
<context>
    <name>crossread::Adjudication</name>
    <message>
        <source>Accept what the annotators agree on</source>
        <translation>Accepter le consensus des annotateurs</translation>
    </message>
    <message>
        <source>Keep only the settled claims and links</source>
        <translation>Ne garder que les affirmations et les liens réglés</translation>
    </message>
</context>
<context>
    <name>crossread::AdjudicationPanel</name>
    <message>
        <source>Claim: versions differ</source>
        <translation>Affirmation&#xa0;: versions différentes</translation>
    </message>
    <message>
        <source>Claim: by one only</source>
        <translation>Affirmation&#xa0;: d&apos;un seul annotateur</translation>
    </message>
    <message>
        <source>Link: relations differ</source>
        <translation>Lien&#xa0;: relations différentes</translation>
    </message>
    <message>
        <source>Link: by some only</source>
        <translation>Lien&#xa0;: de certains annotateurs seulement</translation>
    </message>
    <message>
        <source>&amp;Accept Version</source>
        <translation>&amp;Accepter la version</translation>
    </message>
    <message>
        <source>Accept &amp;Both</source>
        <translation>Accepter les &amp;deux</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Accept A&amp;greed</source>
        <translation>Accepter le &amp;consensus</translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Keep the selected version (Enter)</source>
        <translation>Garder la version sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Keep one claim with the tags of every version</source>
        <translation>Garder une seule affirmation, avec les étiquettes de toutes les versions</translation>
    </message>
    <message>
        <source>Keep none of the versions (Delete)</source>
        <translation>Ne garder aucune des versions (Suppr)</translation>
    </message>
    <message>
        <source>Keep at once every claim and link all annotators agree on</source>
        <translation>Garder d&apos;un coup toutes les affirmations et tous les liens sur lesquels tous les annotateurs s&apos;accordent</translation>
    </message>
    <message>
        <source>Remove the annotators&apos; versions, keeping only what was settled</source>
        <translation>Retirer les versions des annotateurs pour ne garder que ce qui a été réglé</translation>
    </message>
    <message>
        <source>(no link)</source>
        <translation>(pas de lien)</translation>
    </message>
    <message>
        <source>(no claim)</source>
        <translation>(pas d&apos;affirmation)</translation>
    </message>
    <message>
        <source>Remove the annotators&apos; claims and links, keeping the %1 settled claims and %2 settled links?</source>
        <translation>Retirer les affirmations et les liens des annotateurs, en gardant les %1 affirmations réglées et les %2 liens réglés&#xa0;?</translation>
    </message>
    <message>
        <source>%1 disagreements are not settled yet: finishing drops their versions. Remove the annotators&apos; claims and links, keeping the %2 settled claims and %3 settled links?</source>
        <translation>%1 désaccords ne sont pas encore réglés&#xa0;: si vous terminez, leurs versions seront abandonnées. Retirer les affirmations et les liens des annotateurs, en gardant les %2 affirmations réglées et les %3 liens réglés&#xa0;?</translation>
    </message>
    <message>
        <source>Finish Adjudication</source>
        <translation>Terminer l&apos;arbitrage</translation>
    </message>
    <message>
        <source>To settle: %1. Agreed, to accept: claims %2, links %3. Waiting until their claims are settled: links %4. Settled: claims %5, links %6.</source>
        <translation>À régler&#xa0;: %1. Consensus, à accepter&#xa0;: affirmations %2, liens %3. En attente que leurs affirmations soient réglées&#xa0;: liens %4. Réglés&#xa0;: affirmations %5, liens %6.</translation>
    </message>
</context>
<context>
    <name>crossread::Agreement</name>
    <message>
        <source>Overall (the set of tags on each character)</source>
        <translation>Global (l&apos;ensemble des étiquettes de chaque caractère)</translation>
    </message>
    <message>
        <source>Verification status (claims matched by overlap)</source>
        <translation>Statut de vérification (affirmations appariées par chevauchement)</translation>
    </message>
    <message>
        <source>Links (the same pair, the same relation)</source>
        <translation>Liens (même paire, même relation)</translation>
    </message>
</context>
<context>
    <name>crossread::AgreementDialog</name>
    <message>
        <source>Annotator Agreement</source>
        <translation>Accord inter-annotateurs</translation>
    </message>
    <message>
        <source>Annotators compared</source>
        <translation>Annotateurs comparés</translation>
    </message>
    <message>
        <source>Agreement figures</source>
        <translation>Mesures d&apos;accord</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Alpha is Krippendorff&apos;s alpha (nominal), kappa Cohen&apos;s (two annotators only); 1 is full agreement, 0 what chance gives. Tags are compared per character of the articles two or more annotators tagged, characters no one tagged included; status on claims whose spans overlap by half or more; links on the pairs of such claims someone linked. Units: characters, claims, pairs.</source>
        <translation>L&apos;alpha est l&apos;alpha de Krippendorff (nominal), le kappa celui de Cohen (deux annotateurs seulement)&#xa0;; 1 correspond à un accord total, 0 à ce que donne le hasard. Les étiquettes sont comparées caractère par caractère dans les articles étiquetés par au moins deux annotateurs, y compris les caractères que personne n&apos;a étiquetés&#xa0;; le statut, sur les affirmations dont les plages se chevauchent de moitié ou plus&#xa0;; les liens, sur les paires de telles affirmations que quelqu&apos;un a liées. Unités&#xa0;: caractères, affirmations, paires.</translation>
    </message>
    <message>
        <source>Agreement needs two annotators or more. Merge their copies of the project first (Team → Merge Project…).</source>
        <translation>L&apos;accord demande au moins deux annotateurs. Fusionnez d&apos;abord leurs copies du projet (Équipe → Fusionner un projet…).</translation>
    </message>
    <message>
        <source>%1 annotators, %2 articles tagged by two or more of them.</source>
        <translation>%1 annotateurs, %2 articles étiquetés par au moins deux d&apos;entre eux.</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleImporter</name>
    <message>
        <source>it is named .pdf but is not a PDF</source>
        <translation>il porte l&apos;extension .pdf mais n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>it is named .docx but is not a Word document</source>
        <translation>il porte l&apos;extension .docx mais n&apos;est pas un document Word</translation>
    </message>
    <message>
        <source>.%1 files are not supported; save the document as .docx, PDF or text</source>
        <translation>les fichiers .%1 ne sont pas pris en charge&#xa0;; enregistrez le document au format .docx, PDF ou texte</translation>
    </message>
    <message>
        <source>this is %1, not an article</source>
        <translation>c&apos;est %1, pas un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx)</source>
        <translation>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx)</translation>
    </message>
    <message>
        <source>Text (*.txt *.text)</source>
        <translation>Texte (*.txt *.text)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Pages web (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is %1 MB; the limit is %2 MB</source>
        <translation>le fichier fait %1 Mo&#xa0;; la limite est de %2 Mo</translation>
    </message>
    <message>
        <source>the file has no text</source>
        <translation>le fichier ne contient pas de texte</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>c&apos;est un lien vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links that never leads to a file</source>
        <translation>c&apos;est une boucle de liens symboliques qui ne mène jamais à un fichier</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, pipe or socket)</source>
        <translation>ce n&apos;est pas un fichier ordinaire (périphérique, tube ou socket)</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>il ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleListModel</name>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleMetadataDialog</name>
    <message>
        <source>Article Properties</source>
        <translation>Propriétés de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>Date de &amp;publication&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-05-30.</source>
        <translation>Saisissez la date au format AAAA-MM-JJ, par exemple 2025-05-30.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>A two-letter language code, such as en, fr or uk</source>
        <translation>Un code de langue à deux lettres, comme en, fr ou uk</translation>
    </message>
    <message>
        <source>&lt;i&gt;guessed&lt;/i&gt;</source>
        <translation>&lt;i&gt;estimation&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Detected from the text at import. Editing the field confirms it.</source>
        <translation>Détectée à partir du texte lors de l&apos;importation. Modifier le champ la confirme.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>comma-separated, e.g. business, daily</source>
        <translation>séparés par des virgules, par ex. économie, quotidien</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>Libellé&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé le&#xa0;:</translation>
    </message>
    <message>
        <source>New version of:</source>
        <translation>Nouvelle version de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm Guesses</source>
        <translation>&amp;Confirmer les valeurs devinées</translation>
    </message>
    <message>
        <source>Mark every guessed field as checked</source>
        <translation>Marquer chaque champ deviné comme vérifié</translation>
    </message>
    <message>
        <source>Guessed from the file at import: check it. Editing the field confirms it.</source>
        <translation>Deviné à partir du fichier lors de l&apos;importation&#xa0;: vérifiez-le. Modifier le champ le confirme.</translation>
    </message>
</context>
<context>
    <name>crossread::ArticlePane</name>
    <message>
        <source>The article shown here (or drag one from the article list)</source>
        <translation>L&apos;article affiché ici (ou faites-en glisser un depuis la liste des articles)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Choose an article…</source>
        <translation>Choisir un article…</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Fermer le volet</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>Drag an article here from the article list, or choose one above.</source>
        <translation>Faites glisser un article ici depuis la liste des articles, ou choisissez-en un ci-dessus.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 affirmation</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 affirmations</translation>
    </message>
    <message>
        <source>Empty pane</source>
        <translation>Volet vide</translation>
    </message>
    <message>
        <source>Pane: %1</source>
        <translation>Volet&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
</context>
<context>
    <name>crossread::ArticleTextView</name>
    <message>
        <source>Tag as Claim…</source>
        <translation>Marquer comme affirmation…</translation>
    </message>
    <message>
        <source>Tag as</source>
        <translation>Étiqueter avec</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Remove “%1” from Loaded Terms</source>
        <translation>Retirer «&#xa0;%1&#xa0;» des termes connotés</translation>
    </message>
    <message>
        <source>Add “%1” to Loaded Terms</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» aux termes connotés</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;≠ Differs&lt;/b&gt; (%1): elsewhere %2</source>
        <translation>&lt;b&gt;≠ Diffère&lt;/b&gt; (%1)&#xa0;: ailleurs %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;no tag&lt;/i&gt;</source>
        <translation>&lt;i&gt;aucune étiquette&lt;/i&gt;</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>selon %1</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimInspector</name>
    <message>
        <source>Select a claim in an article or in the claims table to see and edit it here.</source>
        <translation>Sélectionnez une affirmation dans un article ou dans le tableau des affirmations pour la voir et la modifier ici.</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Extrait&#xa0;:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>who the article says makes the claim</source>
        <translation>la personne à qui l&apos;article attribue l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Attributed to:</source>
        <translation>&amp;Attribuée à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leaving the field saves the note</source>
        <translation>Ctrl+Entrée ou quitter le champ enregistre la note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Links of the claim</source>
        <translation>Liens de l&apos;affirmation</translation>
    </message>
    <message>
        <source>Double-click to show the linked claim</source>
        <translation>Double-cliquez pour afficher l&apos;affirmation liée</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>Link this claim to another one (Ctrl+L); or drag the claim onto a claim in another pane</source>
        <translation>Lier cette affirmation à une autre (Ctrl+L)&#xa0;; ou faites glisser l&apos;affirmation sur une affirmation d&apos;un autre volet</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Made %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>modifiée le %1</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Attribuée à</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimTableModel</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attributed to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
</context>
<context>
    <name>crossread::ClaimsPanel</name>
    <message>
        <source>Filter claims: words of the quote, note or speaker</source>
        <translation>Filtrer les affirmations&#xa0;: mots de l&apos;extrait, de la note ou du locuteur</translation>
    </message>
    <message>
        <source>Only claims with this tag (or one below it)</source>
        <translation>Uniquement les affirmations portant cette étiquette (ou une étiquette située en dessous)</translation>
    </message>
    <message>
        <source>Only claims of this article</source>
        <translation>Uniquement les affirmations de cet article</translation>
    </message>
    <message>
        <source>Any article</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 affirmation</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 affirmations</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Filter claims by text</source>
        <translation>Filtrer les affirmations par texte</translation>
    </message>
</context>
<context>
    <name>crossread::Codebook</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What happened, where and to whom</source>
        <translation>Ce qui s&apos;est passé, où et à qui</translation>
    </message>
    <message>
        <source>Number/statistic</source>
        <translation>Nombre/statistique</translation>
    </message>
    <message>
        <source>Counts, amounts, percentages and other figures</source>
        <translation>Décomptes, montants, pourcentages et autres chiffres</translation>
    </message>
    <message>
        <source>Date/timeline</source>
        <translation>Date/chronologie</translation>
    </message>
    <message>
        <source>When things happened, and in what order</source>
        <translation>Quand les faits se sont produits, et dans quel ordre</translation>
    </message>
    <message>
        <source>Quotation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Words reported as someone&apos;s own</source>
        <translation>Paroles rapportées comme étant celles de quelqu&apos;un</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Who is said to say or claim something</source>
        <translation>Qui est présenté comme disant ou affirmant quelque chose</translation>
    </message>
    <message>
        <source>Position/demand</source>
        <translation>Position/revendication</translation>
    </message>
    <message>
        <source>What a party wants, proposes or refuses</source>
        <translation>Ce qu&apos;une partie veut, propose ou refuse</translation>
    </message>
    <message>
        <source>Accusation</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>Blame laid on someone</source>
        <translation>Faute imputée à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Langage connoté</translation>
    </message>
    <message>
        <source>Words chosen to sway rather than to describe</source>
        <translation>Mots choisis pour influencer plutôt que pour décrire</translation>
    </message>
    <message>
        <source>Speculation/opinion</source>
        <translation>Spéculation/opinion</translation>
    </message>
    <message>
        <source>Guesses, predictions and judgements</source>
        <translation>Conjectures, prédictions et jugements</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Background the reader is given</source>
        <translation>Éléments de contexte fournis au lecteur</translation>
    </message>
</context>
<context>
    <name>crossread::CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a tag (Insert)</source>
        <translation>Ajouter une étiquette (Inser)</translation>
    </message>
    <message>
        <source>Add Sub</source>
        <translation>Ajouter une sous-étiquette</translation>
    </message>
    <message>
        <source>Add a tag inside the selected one (Shift+Insert)</source>
        <translation>Ajouter une étiquette dans celle sélectionnée (Maj+Inser)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the tag (F2)</source>
        <translation>Renommer l&apos;étiquette (F2)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Change the tag&apos;s colour</source>
        <translation>Changer la couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Key…</source>
        <translation>Touche…</translation>
    </message>
    <message>
        <source>The key that tags a selection with this tag</source>
        <translation>La touche qui applique cette étiquette à une sélection</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the tag into another</source>
        <translation>Fusionner l&apos;étiquette dans une autre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the tag and its subtags (Delete)</source>
        <translation>Supprimer l&apos;étiquette et ses sous-étiquettes (Suppr)</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Fusionner l&apos;étiquette</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>%1 the tag “%2”. Delete the tag and take it off them? (Edit → Undo brings it back.)</source>
        <translation>%1 l&apos;étiquette «&#xa0;%2&#xa0;». Supprimer l&apos;étiquette et la leur retirer&#xa0;? (Édition → Annuler permet de la récupérer.)</translation>
    </message>
    <message>
        <source>1 claim carries</source>
        <translation>1 affirmation porte</translation>
    </message>
    <message>
        <source>%1 claims carry</source>
        <translation>%1 affirmations portent</translation>
    </message>
    <message>
        <source>⚠ Hard to read on this page: %1. Give them another colour (Colour…).</source>
        <translation>⚠ Étiquettes peu lisibles sur cette page&#xa0;: %1. Donnez-leur une autre couleur (Couleur…).</translation>
    </message>
</context>
<context>
    <name>crossread::ComparisonMatrixModel</name>
    <message>
        <source>numbers</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>dates</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Not reported by this source</source>
        <translation>Cette source n&apos;en fait pas état</translation>
    </message>
    <message>
        <source>Differs on %1: %2 here; %3 elsewhere</source>
        <translation>Diffère sur les %1&#xa0;: %2 ici&#xa0;; %3 ailleurs</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Reported by %1 of %2 sources</source>
        <translation>Rapportée par %1 des %2 sources</translation>
    </message>
</context>
<context>
    <name>crossread::ConnectorGutter</name>
    <message>
        <source>Links between the panes</source>
        <translation>Liens entre les volets</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) between %1 and %2</source>
        <translation>
            <numerusform>%n lien entre %1 et %2</numerusform>
            <numerusform>%n liens entre %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No links: a pane is empty</source>
        <translation>Aucun lien&#xa0;: un volet est vide</translation>
    </message>
</context>
<context>
    <name>crossread::Document</name>
    <message>
        <source>Edit project details</source>
        <translation>Modifier les détails du projet</translation>
    </message>
    <message>
        <source>Edit loaded terms</source>
        <translation>Modifier les termes connotés</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n suggested link(s)</source>
        <translation>
            <numerusform>Rejeter %n lien suggéré</numerusform>
            <numerusform>Rejeter %n liens suggérés</numerusform>
        </translation>
    </message>
    <message>
        <source>Add article “%1”</source>
        <translation>Ajouter l&apos;article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit article details</source>
        <translation>Modifier les détails de l&apos;article</translation>
    </message>
    <message>
        <source>Delete article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>Delete %n articles</source>
        <translation>Supprimer %n articles</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Ajouter l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit tag “%1”</source>
        <translation>Modifier l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>Déplacer l&apos;étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Supprimer l&apos;étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n tags</source>
        <translation>
            <numerusform>Supprimer %n étiquette</numerusform>
            <numerusform>Supprimer %n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Fusionner l&apos;étiquette «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>Edit claim</source>
        <translation>Modifier l&apos;affirmation</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Supprimer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Delete %n claims</source>
        <translation>Supprimer %n affirmations</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Lier des affirmations</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Delete %n links</source>
        <translation>Supprimer %n liens</translation>
    </message>
    <message>
        <source>Edit proposition</source>
        <translation>Modifier la proposition</translation>
    </message>
    <message>
        <source>Set the key of “%1”</source>
        <translation>Définir la touche de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>crossread::DocxImporter</name>
    <message>
        <source>the Word document is damaged (not a readable ZIP archive)</source>
        <translation>le document Word est endommagé (ce n&apos;est pas une archive ZIP lisible)</translation>
    </message>
    <message>
        <source>this ZIP archive is not a Word document (no word/document.xml)</source>
        <translation>cette archive ZIP n&apos;est pas un document Word (pas de word/document.xml)</translation>
    </message>
    <message>
        <source>the Word document&apos;s text unpacks to more than %1 MB</source>
        <translation>le texte du document Word dépasse %1 Mo une fois décompressé</translation>
    </message>
    <message>
        <source>the Word document is damaged</source>
        <translation>le document Word est endommagé</translation>
    </message>
    <message>
        <source>the Word document has a document type declaration (&lt;!DOCTYPE&gt;), which Word never writes: it is not read, as its entities could expand without end or read other files</source>
        <translation>le document Word contient une déclaration de type de document (&lt;!DOCTYPE&gt;), ce que Word n&apos;écrit jamais&#xa0;: il n&apos;est pas lu, car ses entités pourraient se développer sans fin ou lire d&apos;autres fichiers</translation>
    </message>
    <message>
        <source>the Word document&apos;s text is damaged (invalid XML)</source>
        <translation>le texte du document Word est endommagé (XML non valide)</translation>
    </message>
    <message>
        <source>the Word document has no text</source>
        <translation>le document Word ne contient pas de texte</translation>
    </message>
</context>
<context>
    <name>crossread::EditJournal</name>
    <message>
        <source>cannot write the recovery journal %1: %2</source>
        <translation>impossible d&apos;écrire le journal de récupération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the recovery journal %1 cannot be read: %2</source>
        <translation>le journal de récupération %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the recovery journal %1 is too large</source>
        <translation>le journal de récupération %1 est trop volumineux</translation>
    </message>
    <message>
        <source>it is not a Crossread journal</source>
        <translation>ce n&apos;est pas un journal Crossread</translation>
    </message>
    <message>
        <source>it was written by a newer Crossread</source>
        <translation>il a été écrit par une version plus récente de Crossread</translation>
    </message>
    <message>
        <source>it does not say what project it belongs to</source>
        <translation>il n&apos;indique pas à quel projet il appartient</translation>
    </message>
    <message>
        <source>its first record is damaged</source>
        <translation>son premier enregistrement est endommagé</translation>
    </message>
    <message>
        <source>the edits in %1 were made to a version of %2 that is no longer there: the file was changed since by something else</source>
        <translation>les modifications de %1 ont été faites sur une version de %2 qui n&apos;existe plus&#xa0;: le fichier a été modifié depuis par autre chose</translation>
    </message>
    <message>
        <source>edit %1 is damaged</source>
        <translation>la modification %1 est endommagée</translation>
    </message>
</context>
<context>
    <name>crossread::Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report (HTML)</source>
        <translation>Rapport (HTML)</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <source>Report (Markdown)</source>
        <translation>Rapport (Markdown)</translation>
    </message>
    <message>
        <source>Claims and links (CSV, a folder)</source>
        <translation>Affirmations et liens (CSV, un dossier)</translation>
    </message>
    <message>
        <source>Whole project (JSON)</source>
        <translation>Projet entier (JSON)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Projet REFI-QDA (.qdpx)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>brat standoff (a folder)</source>
        <translation>brat standoff (un dossier)</translation>
    </message>
    <message>
        <source>ClaimReview of claims with a verdict (JSON-LD)</source>
        <translation>ClaimReview des affirmations ayant un verdict (JSON-LD)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;exportation a été annulée</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Wrote %1 articles with %2 claims to %3</source>
        <translation>%1 articles et %2 affirmations écrits dans %3</translation>
    </message>
    <message>
        <source>Wrote %1 claims and %2 links to %3</source>
        <translation>%1 affirmations et %2 liens écrits dans %3</translation>
    </message>
</context>
<context>
    <name>crossread::ExportDialog</name>
    <message>
        <source>Leave out who made claims and links</source>
        <translation>Ne pas indiquer qui a créé les affirmations et les liens</translation>
    </message>
    <message>
        <source>Byte order mark, for spreadsheets</source>
        <translation>Marque d&apos;ordre des octets, pour les tableurs</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Only claims with these tags</source>
        <translation>Uniquement les affirmations portant ces étiquettes</translation>
    </message>
    <message>
        <source>None checked: every claim</source>
        <translation>Aucune cochée&#xa0;: toutes les affirmations</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Sections&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ources:</source>
        <translation>S&amp;ources&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags (none: all):</source>
        <translation>É&amp;tiquettes (aucune&#xa0;: toutes)&#xa0;:</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 sources; the export has them all.</source>
        <translation>L&apos;aperçu montre les %1 premières sources sur %2&#xa0;; l&apos;exportation les contient toutes.</translation>
    </message>
    <message>
        <source>The preview shows the beginning of the report.</source>
        <translation>L&apos;aperçu montre le début du rapport.</translation>
    </message>
    <message>
        <source>It shows the beginning of the report.</source>
        <translation>Il montre le début du rapport.</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Exportation annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Préparation de l&apos;exportation…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
</context>
<context>
    <name>crossread::FileLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
</context>
<context>
    <name>crossread::FindBar</name>
    <message>
        <source>Find in this article</source>
        <translation>Rechercher dans cet article</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>Précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>crossread::HtmlImporter</name>
    <message>
        <source>the page&apos;s elements are nested too deeply (more than %1 levels): no article page is, so it is not read</source>
        <translation>les éléments de la page sont imbriqués trop profondément (plus de %1 niveaux)&#xa0;: aucune page d&apos;article ne l&apos;est, elle n&apos;est donc pas lue</translation>
    </message>
    <message>
        <source>the page cannot be parsed</source>
        <translation>la page ne peut pas être analysée</translation>
    </message>
    <message>
        <source>no article text was found in the page</source>
        <translation>aucun texte d&apos;article n&apos;a été trouvé dans la page</translation>
    </message>
</context>
<context>
    <name>crossread::ImportBatch</name>
    <message>
        <source>the same file is earlier in this import</source>
        <translation>le même fichier figure plus haut dans cette importation</translation>
    </message>
    <message>
        <source>it is already in the project as %1 (same file)</source>
        <translation>il est déjà dans le projet sous le nom %1 (même fichier)</translation>
    </message>
    <message>
        <source>the same text is earlier in this import</source>
        <translation>le même texte figure plus haut dans cette importation</translation>
    </message>
    <message>
        <source>it is already in the project as %1 (same text)</source>
        <translation>il est déjà dans le projet sous le nom %1 (même texte)</translation>
    </message>
    <message>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
    <message numerus="yes">
        <source>Import %n articles</source>
        <translation>
            <numerusform>Importer %n article</numerusform>
            <numerusform>Importer %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::ImportController</name>
    <message>
        <source>Importing 1 file…</source>
        <translation>Importation d&apos;un fichier…</translation>
    </message>
    <message>
        <source>Importing %1 files…</source>
        <translation>Importation de %1 fichiers…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>you chose not to import this new version</source>
        <translation>vous avez choisi de ne pas importer cette nouvelle version</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not imported %1: %2</source>
        <translation>%1 non importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported 1 article.</source>
        <translation>1 article importé.</translation>
    </message>
    <message>
        <source>Imported %1 articles.</source>
        <translation>%1 articles importés.</translation>
    </message>
    <message>
        <source>Skipped 1 file.</source>
        <translation>1 fichier ignoré.</translation>
    </message>
    <message>
        <source>Skipped %1 files.</source>
        <translation>%1 fichiers ignorés.</translation>
    </message>
    <message>
        <source>1 file could not be imported.</source>
        <translation>1 fichier n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>%1 files could not be imported.</source>
        <translation>%1 fichiers n&apos;ont pas pu être importés.</translation>
    </message>
</context>
<context>
    <name>crossread::LinkController</name>
    <message>
        <source>Link Claims</source>
        <translation>Lier des affirmations</translation>
    </message>
    <message>
        <source>These two claims are already linked.</source>
        <translation>Ces deux affirmations sont déjà liées.</translation>
    </message>
    <message>
        <source>How does the dragged claim relate to this one?</source>
        <translation>Quelle relation y a-t-il entre l&apos;affirmation déplacée et celle-ci&#xa0;?</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Lier les affirmations</translation>
    </message>
</context>
<context>
    <name>crossread::LinkDialog</name>
    <message>
        <source>Link Claim To</source>
        <translation>Lier l&apos;affirmation à</translation>
    </message>
    <message>
        <source>Search the other claims: words of the quote or the outlet</source>
        <translation>Rechercher parmi les autres affirmations&#xa0;: mots de l&apos;extrait ou du média</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Search the other claims</source>
        <translation>Rechercher parmi les autres affirmations</translation>
    </message>
</context>
<context>
    <name>crossread::LinkSuggestionModel</name>
    <message>
        <source> · claim</source>
        <translation> · affirmation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>May say the same</source>
        <translation>Pourrait dire la même chose</translation>
    </message>
</context>
<context>
    <name>crossread::LinkSuggestionsPanel</name>
    <message>
        <source>&amp;Suggest Links</source>
        <translation>&amp;Suggérer des liens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Suggest Links looks, for every claim, for passages of the other articles that may say the same, and lists the pairs not linked yet.</source>
        <translation>«&#xa0;Suggérer des liens&#xa0;» cherche, pour chaque affirmation, des passages des autres articles qui pourraient dire la même chose, et liste les paires pas encore liées.</translation>
    </message>
    <message>
        <source>Rank the other articles&apos; passages for every claim of the project</source>
        <translation>Classer les passages des autres articles pour chaque affirmation du projet</translation>
    </message>
    <message>
        <source>Suggested links</source>
        <translation>Liens suggérés</translation>
    </message>
    <message>
        <source>Enter or double-click shows the pair; Accept links it, Reject drops it for good</source>
        <translation>Entrée ou double-clic affiche la paire&#xa0;; Accepter la lie, Rejeter l&apos;écarte définitivement</translation>
    </message>
    <message>
        <source>Relation of accepted links</source>
        <translation>Relation des liens acceptés</translation>
    </message>
    <message>
        <source>Link the selected pairs with the relation chosen (the passage becomes a claim)</source>
        <translation>Lier les paires sélectionnées avec la relation choisie (le passage devient une affirmation)</translation>
    </message>
    <message>
        <source>Do not suggest the selected pairs again</source>
        <translation>Ne plus suggérer les paires sélectionnées</translation>
    </message>
    <message>
        <source>Cancelled: the list is as it was.</source>
        <translation>Annulé&#xa0;: la liste est inchangée.</translation>
    </message>
    <message>
        <source>No candidate links: every claim&apos;s likely matches are linked or rejected.</source>
        <translation>Aucun lien candidat&#xa0;: les correspondances probables de chaque affirmation sont déjà liées ou rejetées.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate link(s), best first.</source>
        <translation>
            <numerusform>%n lien candidat, le meilleur en premier.</numerusform>
            <numerusform>%n liens candidats, les meilleurs en premier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for candidate links…</source>
        <translation>Recherche de liens candidats…</translation>
    </message>
    <message>
        <source>Indexing the articles…</source>
        <translation>Indexation des articles…</translation>
    </message>
    <message>
        <source>Ranking claims: %v of %m</source>
        <translation>Classement des affirmations&#xa0;: %v sur %m</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested link(s)</source>
        <translation>
            <numerusform>Accepter %n lien suggéré</numerusform>
            <numerusform>Accepter %n liens suggérés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::LinkTableModel</name>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Linked claim</source>
        <translation>Affirmation liée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>crossread::LinksPanel</name>
    <message>
        <source>Filter links: words of the quotes, articles or note</source>
        <translation>Filtrer les liens&#xa0;: mots des extraits, des articles ou de la note</translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation>Filtrer les liens</translation>
    </message>
    <message>
        <source>Any relation</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>Relation filter</source>
        <translation>Filtre de relation</translation>
    </message>
    <message>
        <source>Enter or double-click shows both claims; Delete removes the link</source>
        <translation>Entrée ou double-clic affiche les deux affirmations&#xa0;; Suppr retire le lien</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Link Note</source>
        <translation>Note du lien</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Change relation</source>
        <translation>Changer la relation</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
</context>
<context>
    <name>crossread::MainWindow</name>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Importation annulée&#xa0;: rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Imported 1 article.</source>
        <translation>1 article importé.</translation>
    </message>
    <message>
        <source>Imported %1 articles.</source>
        <translation>%1 articles importés.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Double-click to read an article; drag it onto a pane to read it there</source>
        <translation>Double-cliquez pour lire un article&#xa0;; faites-le glisser sur un volet pour l&apos;y lire</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Other Sources</source>
        <translation>Autres sources</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Comparison Matrix</source>
        <translation>Matrice de comparaison</translation>
    </message>
    <message>
        <source>Suggested Links</source>
        <translation>Liens suggérés</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>&amp;Nouveau projet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Restaurer une sau&amp;vegarde…</translation>
    </message>
    <message>
        <source>Go back to one of the last three saved versions of the project</source>
        <translation>Revenir à l&apos;une des trois dernières versions enregistrées du projet</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>&amp;Importer des articles…</translation>
    </message>
    <message>
        <source>Add articles from text, Markdown, HTML, PDF or Word files (or drop files on the window)</source>
        <translation>Ajouter des articles depuis des fichiers texte, Markdown, HTML, PDF ou Word (ou déposez des fichiers sur la fenêtre)</translation>
    </message>
    <message>
        <source>Import with &amp;Encoding…</source>
        <translation>Importer avec un en&amp;codage…</translation>
    </message>
    <message>
        <source>Import text files whose encoding was not detected right</source>
        <translation>Importer des fichiers texte dont l&apos;encodage n&apos;a pas été correctement détecté</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write a report (HTML, Markdown) or the data (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)</source>
        <translation>Écrire un rapport (HTML, Markdown) ou les données (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation>Rechercher dans &amp;tous les articles…</translation>
    </message>
    <message>
        <source>Article &amp;Properties…</source>
        <translation>&amp;Propriétés de l&apos;article…</translation>
    </message>
    <message>
        <source>&amp;Remove Article</source>
        <translation>&amp;Supprimer l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Affi&amp;rmation</translation>
    </message>
    <message>
        <source>&amp;Tag as Claim…</source>
        <translation>Ma&amp;rquer comme affirmation…</translation>
    </message>
    <message>
        <source>Make the selected words a claim, with tags you pick (or press a tag&apos;s key)</source>
        <translation>Faire des mots sélectionnés une affirmation, avec les étiquettes choisies (ou appuyez sur la touche d&apos;une étiquette)</translation>
    </message>
    <message>
        <source>&amp;Next Claim</source>
        <translation>Affirmation &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Claim</source>
        <translation>Affirmation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Edit Claim</source>
        <translation>Modifi&amp;er l&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Show in Pane</source>
        <translation>Afficher dans un &amp;volet</translation>
    </message>
    <message>
        <source>&amp;Link to…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>Link the current claim to another (or drag it onto a claim in another pane)</source>
        <translation>Lier l&apos;affirmation courante à une autre (ou la faire glisser sur une affirmation d&apos;un autre volet)</translation>
    </message>
    <message>
        <source>Find in &amp;Other Sources</source>
        <translation>Chercher dans les &amp;autres sources</translation>
    </message>
    <message>
        <source>List the passages of the other articles that may say the same as the selection or claim</source>
        <translation>Lister les passages des autres articles qui pourraient dire la même chose que la sélection ou l&apos;affirmation</translation>
    </message>
    <message>
        <source>S&amp;uggest Links…</source>
        <translation>Suggérer &amp;des liens…</translation>
    </message>
    <message>
        <source>For every claim, list passages of the other articles that may say the same, to accept or reject</source>
        <translation>Pour chaque affirmation, lister les passages des autres articles qui pourraient dire la même chose, à accepter ou à rejeter</translation>
    </message>
    <message>
        <source>Show &amp;Matrix</source>
        <translation>Afficher la &amp;matrice</translation>
    </message>
    <message>
        <source>&amp;Delete Claim</source>
        <translation>Suppr&amp;imer l&apos;affirmation</translation>
    </message>
    <message>
        <source>Colour the %1 in the panes&apos; text (claims keep their tint and underline)</source>
        <translation>Colorer les %1 dans le texte des volets (les affirmations gardent leur teinte et leur soulignement)</translation>
    </message>
    <message>
        <source>Edit Loaded &amp;Terms…</source>
        <translation>Modifier les termes &amp;connotés…</translation>
    </message>
    <message>
        <source>The words this project marks as loaded (one per line), highlighted in every article</source>
        <translation>Les mots que ce projet marque comme connotés (un par ligne), surlignés dans chaque article</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loaded Terms</source>
        <translation>Termes connotés</translation>
    </message>
    <message>
        <source>Words or phrases that carry a judgement (“regime”, “so-called”), one per line. Cue highlighting marks them in every article of this project.</source>
        <translation>Mots ou expressions porteurs d&apos;un jugement («&#xa0;régime&#xa0;», «&#xa0;soi-disant&#xa0;»), un par ligne. Le surlignage des indices les marque dans chaque article de ce projet.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Add Pane</source>
        <translation>&amp;Ajouter un volet</translation>
    </message>
    <message>
        <source>Six panes at most.</source>
        <translation>Six volets au maximum.</translation>
    </message>
    <message>
        <source>&amp;Close Pane</source>
        <translation>&amp;Fermer le volet</translation>
    </message>
    <message>
        <source>Go to &amp;Pane</source>
        <translation>Aller au &amp;volet</translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation>Volet %1</translation>
    </message>
    <message>
        <source>&amp;Scroll Panes Together</source>
        <translation>Faire défiler les volets &amp;ensemble</translation>
    </message>
    <message>
        <source>Scrolling one pane scrolls the others to the same place in their text</source>
        <translation>Faire défiler un volet fait défiler les autres au même endroit de leur texte</translation>
    </message>
    <message>
        <source>Scroll by &amp;Links</source>
        <translation>Défiler selon les &amp;liens</translation>
    </message>
    <message>
        <source>Scrolling together keeps linked claims level, instead of going by proportion</source>
        <translation>Le défilement synchronisé garde les affirmations liées à la même hauteur, au lieu de suivre la proportion</translation>
    </message>
    <message>
        <source>&amp;Cues</source>
        <translation>&amp;Indices</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;About Crossread</source>
        <translation>À &amp;propos de Crossread</translation>
    </message>
    <message>
        <source>Select the words of the claim first.</source>
        <translation>Sélectionnez d&apos;abord les mots de l&apos;affirmation.</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Projects</source>
        <translation>&amp;Effacer les projets récents</translation>
    </message>
    <message>
        <source>%1[*] — Crossread</source>
        <translation>%1[*] — Crossread</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 article</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 articles</translation>
    </message>
    <message>
        <source>1 claim</source>
        <translation>1 affirmation</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 affirmations</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 lien</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 liens</translation>
    </message>
    <message>
        <source>1 proposition</source>
        <translation>1 proposition</translation>
    </message>
    <message>
        <source>%1 propositions</source>
        <translation>%1 propositions</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>Reading font, theme, language, tag keys, your name, autosave, cues, export defaults</source>
        <translation>Police de lecture, thème, langue, touches des étiquettes, votre nom, enregistrement automatique, indices, réglages d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Set tag keys</source>
        <translation>Définir les touches des étiquettes</translation>
    </message>
    <message>
        <source>The new language shows when Crossread starts again.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de Crossread.</translation>
    </message>
    <message>
        <source>Reading &amp;Settings…</source>
        <translation>Para&amp;mètres de lecture…</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Merge Project…</source>
        <translation>&amp;Fusionner un projet…</translation>
    </message>
    <message>
        <source>Add another annotator&apos;s copy of this project: their claims and links, with their name</source>
        <translation>Ajouter la copie de ce projet d&apos;un autre annotateur&#xa0;: ses affirmations et ses liens, avec son nom</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>&amp;Accord inter-annotateurs…</translation>
    </message>
    <message>
        <source>How far the annotators agree: Krippendorff&apos;s alpha and Cohen&apos;s kappa</source>
        <translation>À quel point les annotateurs s&apos;accordent&#xa0;: alpha de Krippendorff et kappa de Cohen</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot Merge</source>
        <translation>Impossible de fusionner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing new: everything in %1 is in this project already.</source>
        <translation>Rien de nouveau&#xa0;: tout le contenu de %1 figure déjà dans ce projet.</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Claims and links you make carry your name, so that a team can merge its work and see who agrees. (Edit → Settings → Files changes it.)</source>
        <translation>Les affirmations et les liens que vous créez portent votre nom, afin qu&apos;une équipe puisse fusionner son travail et voir qui est d&apos;accord. (Vous pouvez le changer dans Édition → Paramètres → Fichiers.)</translation>
    </message>
    <message>
        <source>Adjudication</source>
        <translation>Arbitrage</translation>
    </message>
    <message>
        <source>A&amp;djudicate</source>
        <translation>A&amp;rbitrer</translation>
    </message>
    <message>
        <source>Settle the annotators&apos; disagreements one by one, then keep only what was settled</source>
        <translation>Régler un par un les désaccords des annotateurs, puis ne garder que ce qui a été réglé</translation>
    </message>
</context>
<context>
    <name>crossread::MarkdownImporter</name>
    <message>
        <source>the Markdown cannot be read</source>
        <translation>le Markdown ne peut pas être lu</translation>
    </message>
    <message>
        <source>the Markdown file has no text</source>
        <translation>le fichier Markdown ne contient pas de texte</translation>
    </message>
</context>
<context>
    <name>crossread::MatrixPanel</name>
    <message>
        <source>omitted</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>Building the matrix… %p%</source>
        <translation>Construction de la matrice… %p%</translation>
    </message>
    <message>
        <source>Building the comparison matrix</source>
        <translation>Construction de la matrice de comparaison</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtre d&apos;étiquette</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Show or hide the articles&apos; columns</source>
        <translation>Afficher ou masquer les colonnes des articles</translation>
    </message>
    <message>
        <source>Double-click a proposition to rename it</source>
        <translation>Double-cliquez sur une proposition pour la renommer</translation>
    </message>
    <message>
        <source>= asserts   ≈ differs   ✕ contradicts   ▨ omitted</source>
        <translation>= affirme   ≈ diffère   ✕ contredit   ▨ omis</translation>
    </message>
    <message>
        <source>Hide This Column</source>
        <translation>Masquer cette colonne</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Rename Proposition</source>
        <translation>Renommer la proposition</translation>
    </message>
    <message>
        <source>Label (empty: the first claim&apos;s words):</source>
        <translation>Libellé (vide&#xa0;: les mots de la première affirmation)&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison matrix: a row per proposition, a column per source</source>
        <translation>Matrice de comparaison&#xa0;: une ligne par proposition, une colonne par source</translation>
    </message>
</context>
<context>
    <name>crossread::Merge</name>
    <message>
        <source>Articles: %1 matched, %2 added.</source>
        <translation>Articles&#xa0;: %1 reconnus, %2 ajoutés.</translation>
    </message>
    <message>
        <source>Tags: %1 matched, %2 added%3.</source>
        <translation>Étiquettes&#xa0;: %1 reconnues, %2 ajoutées%3.</translation>
    </message>
    <message>
        <source>Claims: %1 added, %2 already there.</source>
        <translation>Affirmations&#xa0;: %1 ajoutées, %2 déjà présentes.</translation>
    </message>
    <message>
        <source>Links: %1 added, %2 already there.</source>
        <translation>Liens&#xa0;: %1 ajoutés, %2 déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>Not placed, the quote not being in the matched article&apos;s text: %n claim(s), and %1 link(s) ending at them:</source>
        <translation>
            <numerusform>Non placés, l&apos;extrait ne figurant pas dans le texte de l&apos;article reconnu&#xa0;: %n affirmation, et %1 lien(s) qui y aboutissent&#xa0;:</numerusform>
            <numerusform>Non placés, l&apos;extrait ne figurant pas dans le texte de l&apos;article reconnu&#xa0;: %n affirmations, et %1 lien(s) qui y aboutissent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotators of what was added: %1.</source>
        <translation>Annotateurs des éléments ajoutés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>crossread::PdfImporter</name>
    <message>
        <source>the PDF is damaged (an entry of its cross-reference table is not a number)</source>
        <translation>le PDF est endommagé (une entrée de sa table de références croisées n&apos;est pas un nombre)</translation>
    </message>
    <message>
        <source>the PDF is damaged (its list of pages loops back on itself)</source>
        <translation>le PDF est endommagé (sa liste de pages boucle sur elle-même)</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; remove the protection and import it again</source>
        <translation>le PDF est protégé par un mot de passe&#xa0;; retirez la protection et importez-le à nouveau</translation>
    </message>
    <message>
        <source>the PDF is protected in a way Crossread cannot open</source>
        <translation>le PDF est protégé d&apos;une manière que Crossread ne peut pas ouvrir</translation>
    </message>
    <message>
        <source>the PDF is damaged or not a PDF</source>
        <translation>le PDF est endommagé ou n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>the PDF is damaged or has no pages</source>
        <translation>le PDF est endommagé ou n&apos;a aucune page</translation>
    </message>
    <message>
        <source>the PDF has no text to import (is it a scan? run OCR on it first)</source>
        <translation>le PDF ne contient pas de texte à importer (est-ce une numérisation&#xa0;? passez-le d&apos;abord à l&apos;OCR)</translation>
    </message>
</context>
<context>
    <name>crossread::ProjectDescription</name>
    <message>
        <source>cannot read the article file “%1”</source>
        <translation>impossible de lire le fichier d&apos;article «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tag “%1” cannot be added (empty name or unknown parent “%2”)</source>
        <translation>l&apos;étiquette «&#xa0;%1&#xa0;» ne peut pas être ajoutée (nom vide ou parent «&#xa0;%2&#xa0;» inconnu)</translation>
    </message>
    <message>
        <source>claim “%1” names article %2, which is not described</source>
        <translation>l&apos;affirmation «&#xa0;%1&#xa0;» désigne l&apos;article %2, qui n&apos;est pas décrit</translation>
    </message>
    <message>
        <source>claim “%1”: the quote “%2” is not in article %3</source>
        <translation>affirmation «&#xa0;%1&#xa0;»&#xa0;: l&apos;extrait «&#xa0;%2&#xa0;» n&apos;est pas dans l&apos;article %3</translation>
    </message>
    <message>
        <source>claim “%1” has the tag “%2”, which is not in the codebook</source>
        <translation>l&apos;affirmation «&#xa0;%1&#xa0;» porte l&apos;étiquette «&#xa0;%2&#xa0;», qui n&apos;est pas dans le livre de codes</translation>
    </message>
    <message>
        <source>claim “%1” has an unknown kind, status or confidence</source>
        <translation>l&apos;affirmation «&#xa0;%1&#xa0;» a un type, un statut ou une confiance inconnus</translation>
    </message>
    <message>
        <source>claim “%1” cannot be anchored</source>
        <translation>l&apos;affirmation «&#xa0;%1&#xa0;» ne peut pas être ancrée</translation>
    </message>
    <message>
        <source>the link %1–%2 has an unknown relation</source>
        <translation>le lien %1–%2 a une relation inconnue</translation>
    </message>
    <message>
        <source>the link %1–%2 joins unknown or already linked claims</source>
        <translation>le lien %1–%2 relie des affirmations inconnues ou déjà liées</translation>
    </message>
    <message>
        <source>the proposition “%1” does not name exactly the claims its links join</source>
        <translation>la proposition «&#xa0;%1&#xa0;» ne désigne pas exactement les affirmations que relient ses liens</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a project description: %2 at offset %3</source>
        <translation>%1 n&apos;est pas une description de projet&#xa0;: %2 à la position %3</translation>
    </message>
</context>
<context>
    <name>crossread::ProjectFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>le quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file would be larger than the system allows</source>
        <translation>le fichier dépasserait la taille autorisée par le système</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>le disque a signalé une erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>not a Crossread project: the file is empty</source>
        <translation>pas un projet Crossread&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>not a Crossread project: the file does not start with a Crossread signature</source>
        <translation>pas un projet Crossread&#xa0;: le fichier ne commence pas par une signature Crossread</translation>
    </message>
    <message numerus="yes">
        <source>truncated: the file ends inside its header (%n bytes)</source>
        <translation>
            <numerusform>tronqué&#xa0;: le fichier se termine à l&apos;intérieur de son en-tête (%n octet)</numerusform>
            <numerusform>tronqué&#xa0;: le fichier se termine à l&apos;intérieur de son en-tête (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged (its checksum does not match)</source>
        <translation>l&apos;en-tête du fichier est endommagé (sa somme de contrôle ne correspond pas)</translation>
    </message>
    <message>
        <source>the file&apos;s header is damaged (format version 0)</source>
        <translation>l&apos;en-tête du fichier est endommagé (version de format 0)</translation>
    </message>
    <message>
        <source>made by a newer Crossread (format %1); this version reads up to %2</source>
        <translation>créé par une version plus récente de Crossread (format %1)&#xa0;; cette version lit jusqu&apos;au format %2</translation>
    </message>
    <message>
        <source>the project is stored in a way this version cannot read (archive kind %1)</source>
        <translation>le projet est stocké d&apos;une manière que cette version ne peut pas lire (type d&apos;archive %1)</translation>
    </message>
    <message>
        <source>written with a newer serialization library (archive version %1; this build reads up to %2)</source>
        <translation>écrit avec une bibliothèque de sérialisation plus récente (version d&apos;archive %1&#xa0;; cette compilation lit jusqu&apos;à la version %2)</translation>
    </message>
    <message>
        <source>truncated: the project data should be %1 bytes long, but only %2 are there</source>
        <translation>tronqué&#xa0;: les données du projet devraient faire %1 octets, mais seuls %2 sont présents</translation>
    </message>
    <message>
        <source>damaged: %1 unexpected bytes follow the project data</source>
        <translation>endommagé&#xa0;: %1 octets inattendus suivent les données du projet</translation>
    </message>
    <message>
        <source>the data ends early</source>
        <translation>les données se terminent prématurément</translation>
    </message>
    <message>
        <source>it holds data in a newer form than this version knows</source>
        <translation>il contient des données sous une forme plus récente que celles que connaît cette version</translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged</source>
        <translation>somme de contrôle incorrecte&#xa0;: le fichier est endommagé</translation>
    </message>
    <message numerus="yes">
        <source>the project data is malformed: %n bytes are left over</source>
        <translation>
            <numerusform>les données du projet sont malformées&#xa0;: %n octet est en trop</numerusform>
            <numerusform>les données du projet sont malformées&#xa0;: %n octets sont en trop</numerusform>
        </translation>
    </message>
    <message>
        <source>made by a newer Crossread: %1</source>
        <translation>créé par une version plus récente de Crossread&#xa0;: %1</translation>
    </message>
    <message>
        <source>the project data is malformed: %1</source>
        <translation>les données du projet sont malformées&#xa0;: %1</translation>
    </message>
    <message>
        <source>the project data is malformed: it asks for more memory than there is</source>
        <translation>les données du projet sont malformées&#xa0;: elles demandent plus de mémoire qu&apos;il n&apos;y en a</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a symbolic link to a file that cannot be reached</source>
        <translation>c&apos;est un lien symbolique vers un fichier inaccessible</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>the folder %1 is read-only (%2)</source>
        <translation>le dossier %1 est en lecture seule (%2)</translation>
    </message>
    <message>
        <source>saved, but the folder could not be synced: %1</source>
        <translation>enregistré, mais le dossier n&apos;a pas pu être synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist</source>
        <translation>%1 est un lien vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links that never leads to a file</source>
        <translation>%1 est une boucle de liens symboliques qui ne mène jamais à un fichier</translation>
    </message>
    <message>
        <source>%1 is a folder, not a project file</source>
        <translation>%1 est un dossier, pas un fichier de projet</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), not a project file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (périphérique, tube ou socket), ni un fichier de projet</translation>
    </message>
    <message>
        <source>%1 is too large to be a Crossread project (%2 bytes; the limit is %3)</source>
        <translation>%1 est trop volumineux pour être un projet Crossread (%2 octets&#xa0;; la limite est de %3)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>truncated: %1 became shorter while it was read</source>
        <translation>tronqué&#xa0;: %1 a raccourci pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>crossread::ProjectFileController</name>
    <message>
        <source>Edits Not Protected</source>
        <translation>Modifications non protégées</translation>
    </message>
    <message>
        <source>Crossread cannot keep its record of your edits, so a crash now would lose them:
%1
Save the project to keep your work.</source>
        <translation>Crossread ne peut pas conserver l&apos;enregistrement de vos modifications&#xa0;; un plantage maintenant les ferait perdre&#xa0;:
%1
Enregistrez le projet pour conserver votre travail.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Crossread cannot keep a record of your edits, so a crash would lose them:
%1</source>
        <translation>Crossread ne peut pas conserver d&apos;enregistrement de vos modifications&#xa0;; un plantage les ferait perdre&#xa0;:
%1</translation>
    </message>
    <message>
        <source>1 edit not saved</source>
        <translation>1 modification non enregistrée</translation>
    </message>
    <message>
        <source>%1 edits not saved</source>
        <translation>%1 modifications non enregistrées</translation>
    </message>
    <message>
        <source>, the last on %1</source>
        <translation>, la dernière le %1</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Fichier de projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot Recover Unsaved Work</source>
        <translation>Impossible de récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>%1
The record of those edits is kept as “%2”.</source>
        <translation>%1
L&apos;enregistrement de ces modifications est conservé sous «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Crossread cannot open “%1”:
%2</source>
        <translation>Crossread ne peut pas ouvrir «&#xa0;%1&#xa0;»&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>“%1” is open in another Crossread (%2). If both save it, one will overwrite the other&apos;s work.

Open it here anyway?</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance de Crossread (%2). Si les deux l&apos;enregistrent, l&apos;une écrasera le travail de l&apos;autre.

L&apos;ouvrir ici quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Open the Demo</source>
        <translation>Impossible d&apos;ouvrir la démonstration</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Impossible d&apos;enregistrer le projet</translation>
    </message>
    <message>
        <source>“%1” is open in another Crossread (%2). Save under another name, or close it there first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert dans une autre instance de Crossread (%2). Enregistrez-le sous un autre nom, ou fermez-le d&apos;abord dans l&apos;autre instance.</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Enregistrement de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The project was not saved; the file on disk is unchanged.
%1</source>
        <translation>Le projet n&apos;a pas été enregistré&#xa0;; le fichier sur le disque est inchangé.
%1</translation>
    </message>
    <message>
        <source>No Backups</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <source>This project was never saved, so it has no backups.</source>
        <translation>Ce projet n&apos;a jamais été enregistré, il n&apos;a donc aucune sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” has no backups yet: one is kept each time it is saved over.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas encore de sauvegarde&#xa0;: une sauvegarde est conservée chaque fois qu&apos;il est écrasé par un enregistrement.</translation>
    </message>
    <message>
        <source>%1 — saved %2 (%3 KB)</source>
        <translation>%1 — enregistré le %2 (%3 Ko)</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the open project with an earlier version. It stays unsaved until you save; the current file is kept as a backup then.</source>
        <translation>Remplacer le projet ouvert par une version antérieure. Il reste non enregistré jusqu&apos;à ce que vous l&apos;enregistriez&#xa0;; le fichier actuel est alors conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot Restore Backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Crossread cannot open the backup “%1”:
%2</source>
        <translation>Crossread ne peut pas ouvrir la sauvegarde «&#xa0;%1&#xa0;»&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>crossread::ProjectValidator</name>
    <message>
        <source>an object of the project has no id (0)</source>
        <translation>un objet du projet n&apos;a pas d&apos;identifiant (0)</translation>
    </message>
    <message>
        <source>%1 is out of order or appears twice</source>
        <translation>%1 n&apos;est pas à sa place ou apparaît deux fois</translation>
    </message>
    <message>
        <source>%1 is not below the next free id (%2)</source>
        <translation>%1 n&apos;est pas inférieur au prochain identifiant libre (%2)</translation>
    </message>
    <message>
        <source>the id %1 is used by two objects</source>
        <translation>l&apos;identifiant %1 est utilisé par deux objets</translation>
    </message>
    <message>
        <source>article %1 names %2 as its previous version, which is not an older article of the project</source>
        <translation>l&apos;article %1 désigne %2 comme sa version précédente, or ce n&apos;est pas un article plus ancien du projet</translation>
    </message>
    <message>
        <source>tag %1 has a parent %2 that is not in the codebook</source>
        <translation>l&apos;étiquette %1 a un parent %2 qui n&apos;est pas dans le livre de codes</translation>
    </message>
    <message>
        <source>tag %1 is its own ancestor</source>
        <translation>l&apos;étiquette %1 est son propre ancêtre</translation>
    </message>
    <message>
        <source>claim %1 refers to article %2, which is not in the project</source>
        <translation>l&apos;affirmation %1 renvoie à l&apos;article %2, qui n&apos;est pas dans le projet</translation>
    </message>
    <message>
        <source>claim %1 spans %2–%3, which is not a valid span of its article&apos;s text (%4 characters)</source>
        <translation>l&apos;affirmation %1 couvre %2–%3, ce qui n&apos;est pas une plage valide du texte de son article (%4 caractères)</translation>
    </message>
    <message>
        <source>claim %1 quotes text that its article does not have at %2–%3</source>
        <translation>l&apos;affirmation %1 cite un texte que son article ne contient pas en %2–%3</translation>
    </message>
    <message>
        <source>claim %1 lists a tag twice</source>
        <translation>l&apos;affirmation %1 mentionne deux fois la même étiquette</translation>
    </message>
    <message>
        <source>claim %1 has tag %2, which is not in the codebook</source>
        <translation>l&apos;affirmation %1 porte l&apos;étiquette %2, qui n&apos;est pas dans le livre de codes</translation>
    </message>
    <message>
        <source>claim %1 has an unknown kind, status or confidence</source>
        <translation>l&apos;affirmation %1 a un type, un statut ou une confiance inconnus</translation>
    </message>
    <message>
        <source>link %1 refers to claim %2, which is not in the project</source>
        <translation>le lien %1 renvoie à l&apos;affirmation %2, qui n&apos;est pas dans le projet</translation>
    </message>
    <message>
        <source>link %1 joins claim %2 to itself</source>
        <translation>le lien %1 relie l&apos;affirmation %2 à elle-même</translation>
    </message>
    <message>
        <source>link %1 has an unknown relation</source>
        <translation>le lien %1 a une relation inconnue</translation>
    </message>
    <message>
        <source>proposition %1 lists a claim twice</source>
        <translation>la proposition %1 mentionne deux fois la même affirmation</translation>
    </message>
    <message>
        <source>proposition %1 refers to claim %2, which is not in the project</source>
        <translation>la proposition %1 renvoie à l&apos;affirmation %2, qui n&apos;est pas dans le projet</translation>
    </message>
    <message>
        <source>claim %1 belongs to two propositions, %2 and %3</source>
        <translation>l&apos;affirmation %1 appartient à deux propositions, %2 et %3</translation>
    </message>
    <message>
        <source>the next free id (%1) leaves no room for new objects</source>
        <translation>le prochain identifiant libre (%1) ne laisse pas de place pour de nouveaux objets</translation>
    </message>
</context>
<context>
    <name>crossread::QdpxImporter</name>
    <message>
        <source>%1 in %2 unpacks to more than %3 MB: too large to be read (a zip bomb?)</source>
        <translation>%1 dans %2 dépasse %3 Mo une fois décompressé&#xa0;: trop volumineux pour être lu (une bombe de décompression&#xa0;?)</translation>
    </message>
    <message>
        <source>project.qde has a document type declaration (&lt;!DOCTYPE&gt;), which REFI-QDA files never have: it is not read, as its entities could expand without end or read other files</source>
        <translation>project.qde contient une déclaration de type de document (&lt;!DOCTYPE&gt;), ce que les fichiers REFI-QDA n&apos;ont jamais&#xa0;: il n&apos;est pas lu, car ses entités pourraient se développer sans fin ou lire d&apos;autres fichiers</translation>
    </message>
    <message>
        <source>%1 “%2”: only text sources are read</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: seules les sources texte sont lues</translation>
    </message>
    <message>
        <source>project.qde is not well-formed XML: %1 (line %2)</source>
        <translation>project.qde n&apos;est pas un XML bien formé&#xa0;: %1 (ligne %2)</translation>
    </message>
    <message>
        <source>project.qde is not a REFI-QDA project</source>
        <translation>project.qde n&apos;est pas un projet REFI-QDA</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist</source>
        <translation>%1 est un lien vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is a loop of symbolic links that never leads to a file</source>
        <translation>%1 est une boucle de liens symboliques qui ne mène jamais à un fichier</translation>
    </message>
    <message>
        <source>%1 is a folder, not a .qdpx file</source>
        <translation>%1 est un dossier, pas un fichier .qdpx</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket), not a .qdpx file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (périphérique, tube ou socket), ni un fichier .qdpx</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty, not a .qdpx file</source>
        <translation>%1 est vide, ce n&apos;est pas un fichier .qdpx</translation>
    </message>
    <message>
        <source>%1 is not a .qdpx file (not a zip archive)</source>
        <translation>%1 n&apos;est pas un fichier .qdpx (ce n&apos;est pas une archive zip)</translation>
    </message>
    <message>
        <source>%1 has no project.qde: not a REFI-QDA project</source>
        <translation>%1 ne contient pas de project.qde&#xa0;: ce n&apos;est pas un projet REFI-QDA</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 est endommagé</translation>
    </message>
    <message>
        <source>(unnamed code)</source>
        <translation>(code sans nom)</translation>
    </message>
    <message>
        <source>source “%1”: its text is outside the file (%2)</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: son texte est hors du fichier (%2)</translation>
    </message>
    <message>
        <source>source “%1”: its path “%2” leads outside the archive&apos;s Sources folder</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: son chemin «&#xa0;%2&#xa0;» mène hors du dossier Sources de l&apos;archive</translation>
    </message>
    <message>
        <source>source “%1”: %2 cannot be read</source>
        <translation>source «&#xa0;%1&#xa0;»&#xa0;: %2 ne peut pas être lu</translation>
    </message>
    <message>
        <source>selection %1 of “%2”: positions %3–%4 do not fit its text</source>
        <translation>sélection %1 de «&#xa0;%2&#xa0;»&#xa0;: les positions %3–%4 ne correspondent pas à son texte</translation>
    </message>
    <message>
        <source>selection %1 of “%2”: not a span of its text</source>
        <translation>sélection %1 de «&#xa0;%2&#xa0;»&#xa0;: ce n&apos;est pas une plage de son texte</translation>
    </message>
    <message>
        <source>link “%1”: it does not join two text selections</source>
        <translation>lien «&#xa0;%1&#xa0;»&#xa0;: il ne relie pas deux sélections de texte</translation>
    </message>
    <message>
        <source>link “%1”: the same two selections are linked already</source>
        <translation>lien «&#xa0;%1&#xa0;»&#xa0;: ces deux sélections sont déjà liées</translation>
    </message>
</context>
<context>
    <name>crossread::Report</name>
    <message>
        <source>Crossread report</source>
        <translation>Rapport Crossread</translation>
    </message>
    <message>
        <source>Overview and sources</source>
        <translation>Vue d&apos;ensemble et sources</translation>
    </message>
    <message numerus="yes">
        <source>Report of %1 — %n source(s), %2 claims, %3 links.</source>
        <translation>
            <numerusform>Rapport de %1 — %n source, %2 affirmations, %3 liens.</numerusform>
            <numerusform>Rapport de %1 — %n sources, %2 affirmations, %3 liens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>SHA-256 of the original file</source>
        <translation>SHA-256 du fichier d&apos;origine</translation>
    </message>
    <message>
        <source>Propositions</source>
        <translation>Propositions</translation>
    </message>
    <message numerus="yes">
        <source>and %n other source(s)</source>
        <translation>
            <numerusform>et %n autre source</numerusform>
            <numerusform>et %n autres sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Differs (%1)</source>
        <translation>Diffère (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Ce qu&apos;elle dit</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Not reported by: %1.</source>
        <translation>Absente de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No proposition: link claims of different sources to make one.</source>
        <translation>Aucune proposition&#xa0;: liez des affirmations de sources différentes pour en créer une.</translation>
    </message>
    <message>
        <source>Annotated texts</source>
        <translation>Textes annotés</translation>
    </message>
    <message>
        <source>Claims by tag</source>
        <translation>Affirmations par étiquette</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Claims per tag per source</source>
        <translation>Affirmations par étiquette et par source</translation>
    </message>
    <message>
        <source>Coverage of propositions per source (%)</source>
        <translation>Couverture des propositions par source (%)</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>How this report was made</source>
        <translation>Comment ce rapport a été produit</translation>
    </message>
    <message>
        <source>Made with Crossread %1 on %2 UTC from the project “%3”. Claim offsets count UTF-16 code units of each source&apos;s normalized text; SHA-256 sums are of the files as imported.</source>
        <translation>Produit avec Crossread %1 le %2 UTC à partir du projet «&#xa0;%3&#xa0;». Les positions des affirmations comptent les unités de code UTF-16 du texte normalisé de chaque source&#xa0;; les sommes SHA-256 portent sur les fichiers tels qu&apos;importés.</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>type&#xa0;:</translation>
    </message>
    <message>
        <source>speaker:</source>
        <translation>locuteur&#xa0;:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>statut&#xa0;:</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>note&#xa0;:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>— omitted</source>
        <translation>— omis</translation>
    </message>
    <message>
        <source>%1 annotators; %2 articles tagged by two or more of them. Alpha is Krippendorff&apos;s alpha for nominal values, kappa Cohen&apos;s (two annotators only): 1 is full agreement, 0 what chance gives. Tags are compared per character of those articles, characters no one tagged included; verification status on claims whose spans overlap by half or more; links on the pairs of such claims someone linked.</source>
        <translation>%1 annotateurs&#xa0;; %2 articles étiquetés par au moins deux d&apos;entre eux. L&apos;alpha est l&apos;alpha de Krippendorff pour des valeurs nominales, le kappa celui de Cohen (deux annotateurs seulement)&#xa0;: 1 correspond à un accord total, 0 à ce que donne le hasard. Les étiquettes sont comparées caractère par caractère dans ces articles, y compris les caractères que personne n&apos;a étiquetés&#xa0;; le statut de vérification, sur les affirmations dont les plages se chevauchent de moitié ou plus&#xa0;; les liens, sur les paires de telles affirmations que quelqu&apos;un a liées.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Annotator agreement</source>
        <translation>Accord inter-annotateurs</translation>
    </message>
</context>
<context>
    <name>crossread::SearchPanel</name>
    <message>
        <source>Find in all articles</source>
        <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>in 1 article</source>
        <translation>dans 1 article</translation>
    </message>
    <message>
        <source>in %1 articles</source>
        <translation>dans %1 articles</translation>
    </message>
    <message>
        <source>(the first %1)</source>
        <translation>(les %1 premiers)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>crossread::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>C&amp;ues</source>
        <translation>&amp;Indices</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportation</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Narrow (60 characters)</source>
        <translation>Étroite (60 caractères)</translation>
    </message>
    <message>
        <source>Medium (72 characters)</source>
        <translation>Moyenne (72 caractères)</translation>
    </message>
    <message>
        <source>Wide (90 characters)</source>
        <translation>Large (90 caractères)</translation>
    </message>
    <message>
        <source>Full width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Comfortable</source>
        <translation>Confortable</translation>
    </message>
    <message>
        <source>Airy</source>
        <translation>Aéré</translation>
    </message>
    <message>
        <source>Widen selections to whole &amp;words when tagging</source>
        <translation>Étendre les sélections aux mots &amp;entiers lors de l&apos;étiquetage</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>La&amp;rgeur de ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>I&amp;nterligne&#xa0;:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows when Crossread starts again.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage de Crossread.</translation>
    </message>
    <message>
        <source>Tag keys</source>
        <translation>Touches des étiquettes</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Key of %1</source>
        <translation>Touche de %1</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>The keys of this project&apos;s tags: with words selected in a pane, the key tags them. A key belongs to one tag.</source>
        <translation>Les touches des étiquettes de ce projet&#xa0;: quand des mots sont sélectionnés dans un volet, la touche leur applique l&apos;étiquette. Une touche n&apos;appartient qu&apos;à une étiquette.</translation>
    </message>
    <message>
        <source>Given to more than one tag: %1. The tag lowest in the list keeps it.</source>
        <translation>Touche donnée à plusieurs étiquettes&#xa0;: %1. L&apos;étiquette la plus basse de la liste la garde.</translation>
    </message>
    <message>
        <source>What new projects colour in the text. Each project keeps its own choice (View → Cues); pressing Ok applies this one to the open project too.</source>
        <translation>Ce que les nouveaux projets colorent dans le texte. Chaque projet garde son propre choix (Affichage → Indices)&#xa0;; appuyer sur OK applique aussi celui-ci au projet ouvert.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Claims and links you make carry this name.</source>
        <translation>Les affirmations et les liens que vous créez portent ce nom.</translation>
    </message>
    <message>
        <source>&amp;Save every:</source>
        <translation>&amp;Enregistrer toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Saves a project that has a file and unsaved changes. Whatever this says, every edit is journaled within a second: after a crash, Crossread offers it back.</source>
        <translation>Enregistre un projet qui a un fichier et des modifications non enregistrées. Quel que soit ce réglage, chaque modification est consignée dans un journal en moins d&apos;une seconde&#xa0;: après un plantage, Crossread vous propose de la récupérer.</translation>
    </message>
    <message>
        <source>Report sections</source>
        <translation>Sections du rapport</translation>
    </message>
    <message>
        <source>Leave out who made claims and links</source>
        <translation>Ne pas indiquer qui a créé les affirmations et les liens</translation>
    </message>
    <message>
        <source>Byte order mark in CSV, for spreadsheets</source>
        <translation>Marque d&apos;ordre des octets dans les CSV, pour les tableurs</translation>
    </message>
    <message>
        <source>What the export dialog starts from.</source>
        <translation>Les réglages par défaut de la boîte de dialogue d&apos;exportation.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Report &amp;sections:</source>
        <translation>&amp;Sections du rapport&#xa0;:</translation>
    </message>
</context>
<context>
    <name>crossread::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by command or key</source>
        <translation>Filtrer par commande ou par touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In an article pane</source>
        <translation>Dans le volet d&apos;un article</translation>
    </message>
    <message>
        <source>Select words</source>
        <translation>Sélectionner des mots</translation>
    </message>
    <message>
        <source>Shift+arrows, Ctrl+Shift+Left/Right</source>
        <translation>Maj+flèches, Ctrl+Maj+Gauche/Droite</translation>
    </message>
    <message>
        <source>Tag the selection with a tag</source>
        <translation>Appliquer une étiquette à la sélection</translation>
    </message>
    <message>
        <source>the tag&apos;s key (Settings → Tags, or Codebook → Key…)</source>
        <translation>la touche de l&apos;étiquette (Paramètres → Étiquettes, ou Livre de codes → Touche…)</translation>
    </message>
    <message>
        <source>Move a pane&apos;s claim selection</source>
        <translation>Passer d&apos;une affirmation à l&apos;autre dans un volet</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Haut, Alt+Bas</translation>
    </message>
    <message>
        <source>Open the pane&apos;s menu (tag, link, find)</source>
        <translation>Ouvrir le menu du volet (étiqueter, lier, rechercher)</translation>
    </message>
    <message>
        <source>Menu key or Shift+F10</source>
        <translation>touche Menu ou Maj+F10</translation>
    </message>
    <message>
        <source>Move between panes, lists and docks</source>
        <translation>Se déplacer entre les volets, les listes et les panneaux</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab, Ctrl+1 … Ctrl+6</source>
        <translation>Tab, Maj+Tab, Ctrl+1 … Ctrl+6</translation>
    </message>
</context>
<context>
    <name>crossread::SuggestPanel</name>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Select a claim, then Find in Other Sources (Ctrl+Shift+O).</source>
        <translation>Sélectionnez une affirmation, puis «&#xa0;Chercher dans les autres sources&#xa0;» (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Passages that may say the same</source>
        <translation>Passages qui pourraient dire la même chose</translation>
    </message>
    <message>
        <source>Enter or double-click shows the passage; Link links it with the claim</source>
        <translation>Entrée ou double-clic affiche le passage&#xa0;; Lier le relie à l&apos;affirmation</translation>
    </message>
    <message>
        <source>Relation of the link</source>
        <translation>Relation du lien</translation>
    </message>
    <message>
        <source>Make the passage a claim and link it with the relation chosen</source>
        <translation>Faire du passage une affirmation et le lier avec la relation choisie</translation>
    </message>
    <message>
        <source>Indexing the articles…</source>
        <translation>Indexation des articles…</translation>
    </message>
    <message>
        <source>Passages that may say the same as “%1”</source>
        <translation>Passages qui pourraient dire la même chose que «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Link claims</source>
        <translation>Lier les affirmations</translation>
    </message>
</context>
<context>
    <name>crossread::TagContrast</name>
    <message>
        <source>Low contrast: text on this tag&apos;s tint is %1 (4.5:1 is the least that reads well).</source>
        <translation>Contraste faible&#xa0;: le texte sur la teinte de cette étiquette n&apos;atteint que %1 (il faut au moins 4.5:1 pour bien le lire).</translation>
    </message>
    <message>
        <source>Low contrast: this colour is %1 against the page, so underlines and swatches are hard to see (3:1 is the least).</source>
        <translation>Contraste faible&#xa0;: cette couleur n&apos;atteint que %1 par rapport à la page, les soulignements et les pastilles sont donc difficiles à voir (il faut au moins 3:1).</translation>
    </message>
</context>
<context>
    <name>crossread::TagPickerDialog</name>
    <message>
        <source>Tag as Claim</source>
        <translation>Marquer comme affirmation</translation>
    </message>
    <message>
        <source>Type to find a tag</source>
        <translation>Tapez pour trouver une étiquette</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Touche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>crossread::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Move tag</source>
        <translation>Déplacer l&apos;étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Move %n tags</source>
        <translation>
            <numerusform>Déplacer %n étiquette</numerusform>
            <numerusform>Déplacer %n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossread::TextDecoder</name>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>une image WebP</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a program (ELF executable)</source>
        <translation>un programme (exécutable ELF)</translation>
    </message>
    <message>
        <source>a Windows program</source>
        <translation>un programme Windows</translation>
    </message>
    <message>
        <source>a video or audio file</source>
        <translation>un fichier vidéo ou audio</translation>
    </message>
    <message>
        <source>an MP3 audio file</source>
        <translation>un fichier audio MP3</translation>
    </message>
    <message>
        <source>“%1” is not an encoding Crossread knows</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un encodage connu de Crossread</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark but is not valid %1</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets %1 mais n&apos;est pas du %1 valide</translation>
    </message>
    <message>
        <source>this is not a text file: it contains NUL bytes</source>
        <translation>ce n&apos;est pas un fichier texte&#xa0;: il contient des octets NUL</translation>
    </message>
    <message>
        <source>the text&apos;s encoding (%1) cannot be converted</source>
        <translation>l&apos;encodage du texte (%1) ne peut pas être converti</translation>
    </message>
    <message>
        <source>this is not a text file: it contains control characters</source>
        <translation>ce n&apos;est pas un fichier texte&#xa0;: il contient des caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>crossread::UserGuideDialog</name>
    <message>
        <source>Crossread User Guide</source>
        <translation>Guide de l&apos;utilisateur de Crossread</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
</context>
<context>
    <name>crossread::UserPrompts</name>
    <message>
        <source>Crossread projects (*.crossread);;All files (*)</source>
        <translation>Projets Crossread (*.crossread);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de le fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Crossread was closed without saving the last edits to “%1”. Recover them?</source>
        <translation>Crossread a été fermé sans enregistrer les dernières modifications de «&#xa0;%1&#xa0;». Les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard Them</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Import with Encoding</source>
        <translation>Importer avec un encodage</translation>
    </message>
    <message>
        <source>Read the text of the files to import as:</source>
        <translation>Lire le texte des fichiers à importer en&#xa0;:</translation>
    </message>
    <message>
        <source>New Version of an Article?</source>
        <translation>Nouvelle version d&apos;un article&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” has the title and outlet of “%2”, which is already in the project, but its text differs.</source>
        <translation>«&#xa0;%1&#xa0;» a le titre et le média de «&#xa0;%2&#xa0;», qui est déjà dans le projet, mais son texte diffère.</translation>
    </message>
    <message>
        <source>Import it as a new version of that article, as a separate article, or not at all?</source>
        <translation>L&apos;importer comme nouvelle version de cet article, comme article distinct, ou pas du tout&#xa0;?</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Separate Article</source>
        <translation>Article distinct</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tag Key</source>
        <translation>Touche de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Press the key that tags a selection as “%1” (Backspace for none):</source>
        <translation>Appuyez sur la touche qui marque une sélection comme «&#xa0;%1&#xa0;» (Retour arrière pour aucune)&#xa0;:</translation>
    </message>
    <message>
        <source>Tags to Map</source>
        <translation>Correspondance des étiquettes</translation>
    </message>
    <message>
        <source>Their tag</source>
        <translation>Leur étiquette</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>Tags to map</source>
        <translation>Étiquettes à faire correspondre</translation>
    </message>
    <message>
        <source>A new tag</source>
        <translation>Une nouvelle étiquette</translation>
    </message>
    <message>
        <source>What %1 becomes</source>
        <translation>Ce que devient %1</translation>
    </message>
    <message>
        <source>The other project has tags this one has not. Add each as a new tag, or merge its claims into one of this project&apos;s tags.</source>
        <translation>L&apos;autre projet a des étiquettes que celui-ci n&apos;a pas. Ajoutez chacune comme nouvelle étiquette, ou fusionnez ses affirmations dans l&apos;une des étiquettes de ce projet.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion terminée</translation>
    </message>
</context>
<context>
    <name>crossread::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Utilisation&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>expected at least %1 arguments; see crossread %2 --help</source>
        <translation>au moins %1 arguments attendus&#xa0;; voir crossread %2 --help</translation>
    </message>
    <message>
        <source>expected 1 argument; see crossread %1 --help</source>
        <translation>1 argument attendu&#xa0;; voir crossread %1 --help</translation>
    </message>
    <message>
        <source>expected %1 arguments; see crossread %2 --help</source>
        <translation>%1 arguments attendus&#xa0;; voir crossread %2 --help</translation>
    </message>
    <message>
        <source>%1 is open in Crossread (%2); close it there first</source>
        <translation>%1 est ouvert dans Crossread (%2)&#xa0;; fermez-le d&apos;abord dans Crossread</translation>
    </message>
    <message>
        <source>Shows a project&apos;s title, counts, and its articles with outlet and date.</source>
        <translation>Affiche le titre d&apos;un projet, ses totaux, et ses articles avec leur média et leur date.</translation>
    </message>
    <message>
        <source>The .crossread file.</source>
        <translation>Le fichier .crossread.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Title:        %1</source>
        <translation>Titre&#xa0;:        %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Description:  %1</source>
        <translation>Description&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Articles:     %1</source>
        <translation>Articles&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Tags:         %1</source>
        <translation>Étiquettes&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Claims:       %1</source>
        <translation>Affirmations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Links:        %1</source>
        <translation>Liens&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Propositions: %1</source>
        <translation>Propositions&#xa0;: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>no outlet</source>
        <translation>sans média</translation>
    </message>
    <message>
        <source>Reads and validates a project fully: header, checksum, data, and every reference and anchor. Exit code 0 when it is sound, 1 otherwise.</source>
        <translation>Lit et valide entièrement un projet&#xa0;: en-tête, somme de contrôle, données, et chaque référence et ancre. Code de sortie 0 s&apos;il est sain, 1 sinon.</translation>
    </message>
    <message>
        <source>%1: sound (%2 articles, %3 claims, %4 links)</source>
        <translation>%1&#xa0;: sain (%2 articles, %3 affirmations, %4 liens)</translation>
    </message>
    <message>
        <source>Writes the demo project: four fictional articles about one event, with claims, links and propositions.</source>
        <translation>Écrit le projet de démonstration&#xa0;: quatre articles fictifs sur un même événement, avec des affirmations, des liens et des propositions.</translation>
    </message>
    <message>
        <source>The .crossread file to write.</source>
        <translation>Le fichier .crossread à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>name the file to write with -o FILE</source>
        <translation>indiquez le fichier à écrire avec -o FILE</translation>
    </message>
    <message>
        <source>Wrote the demo project to %1</source>
        <translation>Projet de démonstration écrit dans %1</translation>
    </message>
    <message>
        <source>Prints an article&apos;s stored text as UTF-8, exactly as claims are anchored in it (offsets count UTF-16 code units of this text).</source>
        <translation>Affiche le texte stocké d&apos;un article en UTF-8, exactement tel que les affirmations y sont ancrées (les positions comptent les unités de code UTF-16 de ce texte).</translation>
    </message>
    <message>
        <source>An article id (a12) or its 1-based position (3).</source>
        <translation>Un identifiant d&apos;article (a12) ou sa position à partir de 1 (3).</translation>
    </message>
    <message>
        <source>no article “%1” in %2 (it has %3; see crossread info)</source>
        <translation>aucun article «&#xa0;%1&#xa0;» dans %2 (il en contient %3&#xa0;; voir crossread info)</translation>
    </message>
    <message>
        <source>Imports articles (text, Markdown, HTML, PDF, DOCX) into a project and saves it. Files already in the project are skipped; a file whose title and outlet match an article with other text is added as its new version. Exit code 1 when any file failed.</source>
        <translation>Importe des articles (texte, Markdown, HTML, PDF, DOCX) dans un projet et l&apos;enregistre. Les fichiers déjà présents dans le projet sont ignorés&#xa0;; un fichier dont le titre et le média correspondent à un article au texte différent est ajouté comme nouvelle version de celui-ci. Code de sortie 1 si un fichier a échoué.</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation>Les fichiers à importer.</translation>
    </message>
    <message>
        <source>Create the project if it does not exist.</source>
        <translation>Créer le projet s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The outlet of every imported article.</source>
        <translation>Le média de chaque article importé.</translation>
    </message>
    <message>
        <source>Read text in this encoding instead of detecting it.</source>
        <translation>Lire le texte dans cet encodage au lieu de le détecter.</translation>
    </message>
    <message>
        <source>Refuse files larger than this many MB (default 50).</source>
        <translation>Refuser les fichiers de plus de ce nombre de Mo (50 par défaut).</translation>
    </message>
    <message>
        <source>What to do with a new version of an article: version (default), separate, or skip.</source>
        <translation>Que faire d&apos;une nouvelle version d&apos;un article&#xa0;: version (par défaut), separate ou skip.</translation>
    </message>
    <message>
        <source>--max-size needs a number of megabytes</source>
        <translation>--max-size attend un nombre de mégaoctets</translation>
    </message>
    <message>
        <source>--new-versions is version, separate or skip</source>
        <translation>--new-versions vaut version, separate ou skip</translation>
    </message>
    <message>
        <source>%1 does not exist; add --create to make a new project</source>
        <translation>%1 n&apos;existe pas&#xa0;; ajoutez --create pour créer un nouveau projet</translation>
    </message>
    <message>
        <source>it is a new version of %1, and --new-versions skip was given</source>
        <translation>c&apos;est une nouvelle version de %1, et --new-versions skip a été indiqué</translation>
    </message>
    <message>
        <source> — new version of %1</source>
        <translation> — nouvelle version de %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 skipped, %3 failed.</source>
        <translation>Importés&#xa0;: %1, ignorés&#xa0;: %2, en échec&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Tags a quote of an article as a claim, saves the project, and prints the new claim&apos;s id. The quote must be in the article&apos;s stored text (see crossread text); a tag not yet in the codebook is added.</source>
        <translation>Marque un extrait d&apos;un article comme affirmation, enregistre le projet et affiche l&apos;identifiant de la nouvelle affirmation. L&apos;extrait doit figurer dans le texte stocké de l&apos;article (voir crossread text)&#xa0;; une étiquette absente du livre de codes y est ajoutée.</translation>
    </message>
    <message>
        <source>The article: an id (a12) or its 1-based position.</source>
        <translation>L&apos;article&#xa0;: un identifiant (a12) ou sa position à partir de 1.</translation>
    </message>
    <message>
        <source>The exact text of the claim.</source>
        <translation>Le texte exact de l&apos;affirmation.</translation>
    </message>
    <message>
        <source>Which occurrence of the quote (default 1).</source>
        <translation>Quelle occurrence de l&apos;extrait (1 par défaut).</translation>
    </message>
    <message>
        <source>A tag of the claim (repeat for several).</source>
        <translation>Une étiquette de l&apos;affirmation (à répéter pour en donner plusieurs).</translation>
    </message>
    <message>
        <source>The kind: %1.</source>
        <translation>Le type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The status: %1.</source>
        <translation>Le statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Who the article says makes the claim.</source>
        <translation>La personne à qui l&apos;article attribue l&apos;affirmation.</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Une note.</translation>
    </message>
    <message>
        <source>--article and --quote are needed</source>
        <translation>--article et --quote sont requis</translation>
    </message>
    <message>
        <source>--kind is one of %1</source>
        <translation>--kind doit valoir l&apos;un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>--status is one of %1</source>
        <translation>--status doit valoir l&apos;un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>--occurrence is a number from 1</source>
        <translation>--occurrence est un nombre à partir de 1</translation>
    </message>
    <message>
        <source>no article “%1” in %2</source>
        <translation>aucun article «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>the quote “%1” is not in article %2</source>
        <translation>l&apos;extrait «&#xa0;%1&#xa0;» n&apos;est pas dans l&apos;article %2</translation>
    </message>
    <message>
        <source>article %2 has fewer than %3 occurrences of “%1”</source>
        <translation>l&apos;article %2 contient moins de %3 occurrences de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add claim</source>
        <translation>Ajouter une affirmation</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>une étiquette doit avoir un nom</translation>
    </message>
    <message>
        <source>the quote cannot be a claim (it splits a character)</source>
        <translation>l&apos;extrait ne peut pas être une affirmation (il coupe un caractère)</translation>
    </message>
    <message>
        <source>Lists the claims of a project with their ids, articles, offsets (UTF-16 code units of the article&apos;s text), quotes and attributes.</source>
        <translation>Liste les affirmations d&apos;un projet avec leurs identifiants, articles, positions (unités de code UTF-16 du texte de l&apos;article), extraits et attributs.</translation>
    </message>
    <message>
        <source>said by %1</source>
        <translation>selon %1</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 affirmations</translation>
    </message>
    <message>
        <source>say add or list; see crossread claim add --help</source>
        <translation>indiquez add ou list&#xa0;; voir crossread claim add --help</translation>
    </message>
    <message>
        <source>title, counts, and articles with outlet and date</source>
        <translation>titre, totaux, et articles avec média et date</translation>
    </message>
    <message>
        <source>validate fully; exit 0 when sound, 1 with the problem</source>
        <translation>valider entièrement&#xa0;; code 0 si sain, 1 avec le problème</translation>
    </message>
    <message>
        <source>import articles into a project and save it</source>
        <translation>importer des articles dans un projet et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>print an article&apos;s stored text</source>
        <translation>afficher le texte stocké d&apos;un article</translation>
    </message>
    <message>
        <source>tag a quote as a claim and save; prints its id</source>
        <translation>marquer un extrait comme affirmation et enregistrer&#xa0;; affiche son identifiant</translation>
    </message>
    <message>
        <source>list the claims</source>
        <translation>lister les affirmations</translation>
    </message>
    <message>
        <source>link two claims and save; prints the link&apos;s id</source>
        <translation>lier deux affirmations et enregistrer&#xa0;; affiche l&apos;identifiant du lien</translation>
    </message>
    <message>
        <source>who reported which proposition, omissions and discrepancies</source>
        <translation>qui a rapporté quelle proposition, omissions et divergences</translation>
    </message>
    <message>
        <source>passages of other articles that likely say the same thing</source>
        <translation>passages d&apos;autres articles qui disent probablement la même chose</translation>
    </message>
    <message>
        <source>write a report (HTML, PDF, Markdown) or the data (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)</source>
        <translation>écrire un rapport (HTML, PDF, Markdown) ou les données (CSV, JSON, REFI-QDA, W3C, brat, ClaimReview)</translation>
    </message>
    <message>
        <source>a REFI-QDA project as a new Crossread project</source>
        <translation>un projet REFI-QDA comme nouveau projet Crossread</translation>
    </message>
    <message>
        <source>write the demo project</source>
        <translation>écrire le projet de démonstration</translation>
    </message>
    <message>
        <source>Crossread %1: compare how several outlets report the same event.</source>
        <translation>Crossread %1&#xa0;: comparez la façon dont plusieurs médias rendent compte d&apos;un même événement.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>open the window, on PROJECT if given</source>
        <translation>ouvrir la fenêtre, sur PROJECT s&apos;il est indiqué</translation>
    </message>
    <message>
        <source>open the window on a fresh copy of the demo project</source>
        <translation>ouvrir la fenêtre sur une copie neuve du projet de démonstration</translation>
    </message>
    <message>
        <source>work without a window</source>
        <translation>travailler sans fenêtre</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>show this help; COMMAND --help shows a command&apos;s</source>
        <translation>afficher cette aide&#xa0;; COMMAND --help affiche celle d&apos;une commande</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed (the message says why), 2 wrong usage.</source>
        <translation>Codes de sortie&#xa0;: 0 succès, 1 la commande a échoué (le message dit pourquoi), 2 utilisation incorrecte.</translation>
    </message>
    <message>
        <source>unknown command “%1”; see crossread --help</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; voir crossread --help</translation>
    </message>
    <message>
        <source>Exports the project: html writes the report as one self-contained HTML file OUT, pdf as PDF, md as Markdown; csv writes claims.csv and links.csv into the folder OUT (RFC 4180, UTF-8); json writes the whole project to the file OUT, as described by resources/schema/crossread-project.schema.json; qdpx writes a REFI-QDA project exchange file OUT; w3c writes the claims and links as W3C Web Annotations (JSON-LD, an AnnotationCollection) to the file OUT; brat writes, into the folder OUT, aN.txt and aN.ann (brat standoff) for each article and an annotation.conf; claimreview writes the claims with a verdict as schema.org ClaimReview (JSON-LD) to the file OUT.</source>
        <translation>Exporte le projet&#xa0;: html écrit le rapport dans un seul fichier HTML autonome OUT, pdf en PDF, md en Markdown&#xa0;; csv écrit claims.csv et links.csv dans le dossier OUT (RFC 4180, UTF-8)&#xa0;; json écrit le projet entier dans le fichier OUT, tel que décrit par resources/schema/crossread-project.schema.json&#xa0;; qdpx écrit un fichier d&apos;échange de projet REFI-QDA OUT&#xa0;; w3c écrit les affirmations et les liens sous forme de W3C Web Annotations (JSON-LD, une AnnotationCollection) dans le fichier OUT&#xa0;; brat écrit, dans le dossier OUT, aN.txt et aN.ann (brat standoff) pour chaque article ainsi qu&apos;un annotation.conf&#xa0;; claimreview écrit les affirmations ayant un verdict au format schema.org ClaimReview (JSON-LD) dans le fichier OUT.</translation>
    </message>
    <message>
        <source>html, pdf, md, csv, json, qdpx, w3c, brat or claimreview.</source>
        <translation>html, pdf, md, csv, json, qdpx, w3c, brat ou claimreview.</translation>
    </message>
    <message>
        <source>html, pdf and md: the report&apos;s sections, comma-separated, of cover, propositions, sources, tags, verification, charts, appendix (default: all).</source>
        <translation>html, pdf et md&#xa0;: les sections du rapport, séparées par des virgules, parmi cover, propositions, sources, tags, verification, charts, appendix (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Où écrire.</translation>
    </message>
    <message>
        <source>Only claims with these tags or tags under them (names or ids, comma-separated).</source>
        <translation>Uniquement les affirmations portant ces étiquettes ou des étiquettes situées en dessous (noms ou identifiants, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Only these articles (ids or positions, comma-separated).</source>
        <translation>Uniquement ces articles (identifiants ou positions, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Leave out who made claims and links.</source>
        <translation>Ne pas indiquer qui a créé les affirmations et les liens.</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark, for spreadsheets.</source>
        <translation>CSV&#xa0;: commencer par une marque d&apos;ordre des octets UTF-8, pour les tableurs.</translation>
    </message>
    <message>
        <source>--format is html, pdf, md, csv, json, qdpx, w3c, brat or claimreview</source>
        <translation>--format vaut html, pdf, md, csv, json, qdpx, w3c, brat ou claimreview</translation>
    </message>
    <message>
        <source>no report section “%1”</source>
        <translation>aucune section de rapport «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>name where to write with -o OUT</source>
        <translation>indiquez où écrire avec -o OUT</translation>
    </message>
    <message>
        <source>no tag “%1” in %2</source>
        <translation>aucune étiquette «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>Links two claims, saves the project, and prints the new link&apos;s id. Same claim, corroborates, differs and contradicts make the two claims one proposition; elaborates and related do not.</source>
        <translation>Lie deux affirmations, enregistre le projet et affiche l&apos;identifiant du nouveau lien. Même affirmation, corrobore, diffère et contredit font des deux affirmations une proposition&#xa0;; développe et en rapport, non.</translation>
    </message>
    <message>
        <source>A claim id (c12); see crossread claim list.</source>
        <translation>Un identifiant d&apos;affirmation (c12)&#xa0;; voir crossread claim list.</translation>
    </message>
    <message>
        <source>The other claim.</source>
        <translation>L&apos;autre affirmation.</translation>
    </message>
    <message>
        <source>How they relate: %1.</source>
        <translation>Leur relation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A note on the link.</source>
        <translation>Une note sur le lien.</translation>
    </message>
    <message>
        <source>--relation is needed: %1</source>
        <translation>--relation est requis&#xa0;: %1</translation>
    </message>
    <message>
        <source>--relation is one of %1</source>
        <translation>--relation doit valoir l&apos;un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>a claim is named by its id, such as c12</source>
        <translation>une affirmation est désignée par son identifiant, par exemple c12</translation>
    </message>
    <message>
        <source>no claim %1 in %2</source>
        <translation>aucune affirmation %1 dans %2</translation>
    </message>
    <message>
        <source>a claim cannot be linked to itself</source>
        <translation>une affirmation ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>%1 and %2 are already linked by %3 (%4)</source>
        <translation>%1 et %2 sont déjà liées par %3 (%4)</translation>
    </message>
    <message>
        <source>the claims cannot be linked</source>
        <translation>les affirmations ne peuvent pas être liées</translation>
    </message>
    <message>
        <source>reported by %1 of %2</source>
        <translation>rapportée par %1 sur %2</translation>
    </message>
    <message>
        <source>— omitted</source>
        <translation>— omis</translation>
    </message>
    <message numerus="yes">
        <source>%n propositions</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>say add; see crossread link add --help</source>
        <translation>indiquez add&#xa0;; voir crossread link add --help</translation>
    </message>
    <message>
        <source>Prints the comparison matrix: for each proposition, what each article says (the claim, and whether it asserts, differs or contradicts) or that it is silent (an omission), and the numbers, dates and people on which the claims differ.</source>
        <translation>Affiche la matrice de comparaison&#xa0;: pour chaque proposition, ce que dit chaque article (l&apos;affirmation, et si elle affirme, diffère ou contredit) ou qu&apos;il n&apos;en dit rien (une omission), ainsi que les nombres, dates et personnes sur lesquels les affirmations diffèrent.</translation>
    </message>
    <message>
        <source>Only propositions with a claim under this tag.</source>
        <translation>Uniquement les propositions ayant une affirmation sous cette étiquette.</translation>
    </message>
    <message>
        <source>Only propositions with a claim of this status: %1.</source>
        <translation>Uniquement les propositions ayant une affirmation de ce statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>no tag “%1” in the codebook</source>
        <translation>aucune étiquette «&#xa0;%1&#xa0;» dans le livre de codes</translation>
    </message>
    <message>
        <source>Reads a REFI-QDA project exchange file (.qdpx, from ATLAS.ti, MAXQDA, NVivo, QualCoder…) into a new Crossread project: codes as tags, text sources as articles, text selections as claims, links as links.</source>
        <translation>Lit un fichier d&apos;échange de projet REFI-QDA (.qdpx, provenant d&apos;ATLAS.ti, MAXQDA, NVivo, QualCoder…) dans un nouveau projet Crossread&#xa0;: les codes deviennent des étiquettes, les sources texte des articles, les sélections de texte des affirmations, et les liens restent des liens.</translation>
    </message>
    <message>
        <source>The .qdpx file.</source>
        <translation>Le fichier .qdpx.</translation>
    </message>
    <message>
        <source>name the project to write with -o PROJECT</source>
        <translation>indiquez le projet à écrire avec -o PROJECT</translation>
    </message>
    <message>
        <source>%1 exists; name a new file</source>
        <translation>%1 existe&#xa0;; indiquez un nouveau fichier</translation>
    </message>
    <message>
        <source>Wrote %1: %2 codes, %3 sources, %4 selections, %5 links</source>
        <translation>%1 écrit&#xa0;: %2 codes, %3 sources, %4 sélections, %5 liens</translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>omis&#xa0;: %1</translation>
    </message>
    <message>
        <source>passage</source>
        <translation>passage</translation>
    </message>
    <message>
        <source>No candidate link: every claim&apos;s likely matches are linked or rejected.</source>
        <translation>Aucun lien candidat&#xa0;: les correspondances probables de chaque affirmation sont déjà liées ou rejetées.</translation>
    </message>
    <message>
        <source>Ranks the passages (sentences, or clauses of long ones) of the project&apos;s articles that most likely state the same thing as a quote or a claim, or contradict it, best first.</source>
        <translation>Classe les passages (phrases, ou segments des phrases longues) des articles du projet qui énoncent le plus probablement la même chose qu&apos;un extrait ou une affirmation, ou qui la contredisent, du meilleur au moins bon.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Les mots à rechercher.</translation>
    </message>
    <message>
        <source>A claim (c12) whose quote to look for, in the other articles.</source>
        <translation>Une affirmation (c12) dont l&apos;extrait est à rechercher dans les autres articles.</translation>
    </message>
    <message>
        <source>With --text: the article it comes from (an id or position), left out of the results.</source>
        <translation>Avec --text&#xa0;: l&apos;article d&apos;où il provient (identifiant ou position), exclu des résultats.</translation>
    </message>
    <message>
        <source>List candidate links for the whole project: for each claim its best passages in the other articles, less the pairs linked already or rejected.</source>
        <translation>Lister les liens candidats pour tout le projet&#xa0;: pour chaque affirmation, ses meilleurs passages dans les autres articles, sauf les paires déjà liées ou rejetées.</translation>
    </message>
    <message>
        <source>How many passages, or with --all pairs (default 10, --all 50).</source>
        <translation>Nombre de passages, ou de paires avec --all (10 par défaut, 50 avec --all).</translation>
    </message>
    <message>
        <source>give one of --text, --claim and --all</source>
        <translation>indiquez une option parmi --text, --claim et --all</translation>
    </message>
    <message>
        <source>--article goes with --text</source>
        <translation>--article s&apos;utilise avec --text</translation>
    </message>
    <message>
        <source>--top is a number from 1</source>
        <translation>--top est un nombre à partir de 1</translation>
    </message>
    <message>
        <source>no claim “%1” in %2</source>
        <translation>aucune affirmation «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>--text is empty</source>
        <translation>--text est vide</translation>
    </message>
    <message>
        <source>No passage shares anything with it.</source>
        <translation>Aucun passage n&apos;a de point commun avec lui.</translation>
    </message>
    <message>
        <source>merge annotators&apos; copies of a project, keeping who made what</source>
        <translation>fusionner les copies d&apos;un projet faites par différents annotateurs, en gardant qui a fait quoi</translation>
    </message>
    <message>
        <source>Merges annotators&apos; copies of a project into one: the first project, then each of the others into it. Articles are matched by the original file&apos;s SHA-256 or by their text, tags by path; claims and links keep their annotator, and what is there already is not added twice. Tags of the others that the first has no tag for are added, unless --map-tag sends them to an existing tag.</source>
        <translation>Fusionne en un seul projet les copies faites par différents annotateurs&#xa0;: le premier projet, puis chacun des autres dans celui-ci. Les articles sont reconnus au SHA-256 du fichier d&apos;origine ou à leur texte, les étiquettes à leur chemin&#xa0;; les affirmations et les liens gardent leur annotateur, et ce qui est déjà présent n&apos;est pas ajouté deux fois. Les étiquettes des autres projets sans équivalent dans le premier sont ajoutées, sauf si --map-tag les envoie vers une étiquette existante.</translation>
    </message>
    <message>
        <source>Two or more .crossread files.</source>
        <translation>Deux fichiers .crossread ou plus.</translation>
    </message>
    <message>
        <source>Use the existing tag TO for the others&apos; tag FROM (paths: &quot;Parent / Child&quot;).</source>
        <translation>Utiliser l&apos;étiquette existante TO pour l&apos;étiquette FROM des autres projets (chemins&#xa0;: «&#xa0;Parent / Enfant&#xa0;»).</translation>
    </message>
    <message>
        <source>Print what was merged as JSON.</source>
        <translation>Afficher en JSON ce qui a été fusionné.</translation>
    </message>
    <message>
        <source>--map-tag wants FROM=TO, not %1</source>
        <translation>--map-tag attend FROM=TO, pas %1</translation>
    </message>
    <message>
        <source>Merged %1:</source>
        <translation>%1 fusionné&#xa0;:</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Fichier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>how far the annotators agree: Krippendorff&apos;s alpha, Cohen&apos;s kappa</source>
        <translation>à quel point les annotateurs s&apos;accordent&#xa0;: alpha de Krippendorff, kappa de Cohen</translation>
    </message>
    <message>
        <source>How far the annotators of a project agree: Krippendorff&apos;s alpha (and Cohen&apos;s kappa for two annotators) per tag and overall, per character of the articles two or more of them tagged; on the verification status of claims matched by overlap; on links (the same pair, the same relation). Each figure comes with the number of units behind it.</source>
        <translation>À quel point les annotateurs d&apos;un projet s&apos;accordent&#xa0;: alpha de Krippendorff (et kappa de Cohen pour deux annotateurs) par étiquette et globalement, caractère par caractère dans les articles étiquetés par au moins deux d&apos;entre eux&#xa0;; sur le statut de vérification des affirmations appariées par chevauchement&#xa0;; sur les liens (même paire, même relation). Chaque mesure est accompagnée du nombre d&apos;unités sur lequel elle repose.</translation>
    </message>
    <message>
        <source>The .crossread file (merge annotators&apos; copies first).</source>
        <translation>Le fichier .crossread (fusionnez d&apos;abord les copies des annotateurs).</translation>
    </message>
    <message>
        <source>Compare only these annotators (comma-separated).</source>
        <translation>Comparer uniquement ces annotateurs (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation>Afficher les mesures en JSON.</translation>
    </message>
    <message>
        <source>Annotators: %1</source>
        <translation>Annotateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Articles tagged by two or more: %1</source>
        <translation>Articles étiquetés par au moins deux annotateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>what</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>Agreement needs two annotators or more: merge their copies of the project first (crossread merge).</source>
        <translation>L&apos;accord demande au moins deux annotateurs&#xa0;: fusionnez d&apos;abord leurs copies du projet (crossread merge).</translation>
    </message>
</context>
</TS>
