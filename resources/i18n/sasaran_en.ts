<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/main_window.py" line="153"/>
        <source>Peta belum terpasang di versi ini. Data, filter dan tabel tetap dapat dipakai.</source>
        <translation>The map is not installed in this version. Data, filters and the table still work.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="189"/>
        <source>Muat batas desa, lalu data rumah tangga (DTSEN, DTKS, P3KE, BDT) dan PSKS. Tanpa data sendiri, Sasaran membuka provinsi demo.</source>
        <translation>Load village boundaries, then the household register (DTSEN, DTKS, P3KE, BDT) and PSKS. Without data of your own, Sasaran opens the demo province.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="195"/>
        <source>1 Muat data</source>
        <translation>1 Load data</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="198"/>
        <source>2 Saring rumah tangga</source>
        <translation>2 Filter households</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="215"/>
        <source>Alat menggambar zona belum terpasang.</source>
        <translation>Zone drawing tools are not installed.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="216"/>
        <source>3 Zona intervensi</source>
        <translation>3 Intervention zones</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="224"/>
        <source>4 Skenario dan anggaran</source>
        <translation>4 Scenario and budget</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="228"/>
        <source>Panel skenario dan anggaran belum terpasang di versi ini. Zona dan filter sudah dapat disiapkan di langkah 2 dan 3.</source>
        <translation>The scenario and budget panel is not installed in this version. Zones and filters can already be prepared in steps 2 and 3.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="244"/>
        <source>5 Cetak peta dan peta web</source>
        <translation>5 Print map sheets and web map</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="248"/>
        <source>Lembar peta (PDF) dan peta web belum terpasang di versi ini. Zona dapat diekspor lewat Berkas &gt; Ekspor zona.</source>
        <translation>Map sheets (PDF) and the web map are not installed in this version. Zones can be exported with File &gt; Export zones.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="267"/>
        <location filename="../../desktop/main_window.py" line="306"/>
        <location filename="../../desktop/main_window.py" line="450"/>
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="269"/>
        <location filename="../../desktop/main_window.py" line="451"/>
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="270"/>
        <location filename="../../desktop/main_window.py" line="452"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="271"/>
        <location filename="../../desktop/main_window.py" line="453"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="275"/>
        <location filename="../../desktop/main_window.py" line="454"/>
        <source>Tabel atribut</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="301"/>
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="314"/>
        <source>Langkah kerja</source>
        <translation>Work steps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="333"/>
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="93"/>
        <source>Provinsi demo tidak dapat dimuat</source>
        <translation>The demo province could not be loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="95"/>
        <source>Memuat provinsi demo (data sintetis)...</source>
        <translation>Loading the demo province (synthetic data)...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="97"/>
        <source>Memuat provinsi demo...</source>
        <translation>Loading the demo province...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="435"/>
        <location filename="../../widgets/map_canvas.py" line="1276"/>
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../../desktop/memory.py" line="85"/>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="160"/>
        <source>Bahasa diganti. Semua panel memakai bahasa baru setelah Sasaran dibuka ulang.</source>
        <translation>Language changed. Every panel uses the new language after Sasaran is restarted.</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="175"/>
        <source>Tentang Sasaran</source>
        <translation>About Sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="177"/>
        <source>&lt;b&gt;Sasaran&lt;/b&gt; — GIS untuk penargetan bantuan sosial yang tepat sasaran.&lt;br&gt;Data pribadi disamarkan secara bawaan (UU 27/2022).</source>
        <translation>&lt;b&gt;Sasaran&lt;/b&gt; — GIS for targeting social assistance to the households it is meant for.&lt;br&gt;Personal data are masked by default (Law 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="178"/>
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="179"/>
        <source>Sasaran bantuan yang lazim: 40 % termiskin (desil 1-4).</source>
        <translation>The usual assistance target: the poorest 40 % (deciles 1-4).</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="182"/>
        <source>Miskin belum dibantu</source>
        <translation>Poor, not assisted</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="183"/>
        <source>Exclusion error: rumah tangga desil 1-2 yang belum menerima bantuan apa pun.</source>
        <translation>Exclusion error: households in deciles 1-2 that receive no assistance at all.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="186"/>
        <source>Mampu tetapi dibantu</source>
        <translation>Better-off but assisted</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="188"/>
        <source>Inclusion error: rumah tangga desil 7-10 yang menerima PKH, Sembako, PIP, PBI-JK atau subsidi listrik.</source>
        <translation>Inclusion error: households in deciles 7-10 receiving PKH, Sembako, PIP, PBI-JK or the electricity subsidy.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="192"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="192"/>
        <source>Semua rumah tangga, tanpa syarat.</source>
        <translation>All households, no condition.</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="27"/>
        <source>Tampilkan data pribadi?</source>
        <translation>Show personal data?</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="30"/>
        <source>Nama, NIK, nomor KK dan alamat adalah data pribadi yang dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.</source>
        <translation>Names, NIK, KK numbers and addresses are personal data protected by Law No. 27 of 2022 on Personal Data Protection (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="36"/>
        <source>Tampilkan tanpa disamarkan hanya untuk sesi ini? Jangan memotret layar, mencetak atau membagikan data ini. Setelan ini tidak disimpan.</source>
        <translation>Show them unmasked for this session only? Do not photograph the screen, print or share these data. This choice is not saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="40"/>
        <source>Tampilkan untuk sesi ini</source>
        <translation>Show for this session</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="41"/>
        <source>Tetap disamarkan</source>
        <translation>Keep masked</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="59"/>
        <source>PERINGATAN: data pribadi ditampilkan (sesi ini, UU 27/2022)</source>
        <translation>WARNING: personal data shown (this session, Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../widgets/privacy.py" line="60"/>
        <source>Data pribadi disamarkan</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <location filename="../../widgets/files.py" line="45"/>
        <source>Berkas sudah ada</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../widgets/files.py" line="46"/>
        <source>Berkas {name} sudah ada. Timpa?</source>
        <translation>The file {name} already exists. Overwrite it?</translation>
    </message>
    <message>
        <location filename="../../widgets/files.py" line="47"/>
        <source>Timpa</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../widgets/files.py" line="48"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/files.py" line="74"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="69"/>
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="90"/>
        <location filename="../../widgets/map_canvas.py" line="1248"/>
        <source>Zona intervensi</source>
        <extracomment>layers from top to bottom, as a layer panel lists them</extracomment>
        <translation>Intervention zones</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="91"/>
        <location filename="../../widgets/map_canvas.py" line="1237"/>
        <location filename="../../widgets/map_canvas.py" line="1245"/>
        <source>PSKS dan pendamping</source>
        <translation>PSKS and facilitators</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="92"/>
        <source>Rumah tangga (titik)</source>
        <translation>Households (points)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="93"/>
        <source>Batas kabupaten/kota</source>
        <translation>Regency/city boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="94"/>
        <source>Batas kecamatan</source>
        <translation>District boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="95"/>
        <source>Batas desa/kelurahan</source>
        <translation>Village boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="96"/>
        <source>Desa: indikator</source>
        <translation>Villages: indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="113"/>
        <source>PSKS perorangan</source>
        <extracomment>colours of zones (Okabe-Ito blue) and of the zone being worked on (vermillion)</extracomment>
        <translation>PSKS persons</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="114"/>
        <source>PSKS kelembagaan</source>
        <translation>PSKS institutions</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="115"/>
        <source>Pendamping PKH / ASN</source>
        <translation>PKH facilitators / civil servants</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="532"/>
        <source>Desa: {0}</source>
        <extracomment>mouse cursor while the tool is active one sentence for the status bar fewer households than this in view: draw symbols instead of a picture households per pixel above which the household picture is drawn half-transparent more PSKS than this in view: hide their symbols until the user zooms in pause after the view stops moving before the household picture is redrawn (ms) above this many boundary vertices, simplify for display (degrees)</extracomment>
        <translation>Villages: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="534"/>
        <source>Desa (tanpa indikator)</source>
        <translation>Villages (no indicator)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="725"/>
        <source>{0}
{1} RT</source>
        <translation>{0}
{1} HH</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1208"/>
        <source>Desil {0}</source>
        <translation>Decile {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1208"/>
        <source>Desil tidak tercatat</source>
        <translation>Decile not recorded</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1218"/>
        <source>Lokasi perkiraan (pucat/cincin)</source>
        <translation>Approximate location (pale/ring)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1221"/>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1234"/>
        <source>{0} ({1} jenis)</source>
        <translation>{0} ({1} types)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1239"/>
        <source>PSKS (warna = jenis)</source>
        <translation>PSKS (colour = type)</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1243"/>
        <source>{0} di tampilan: perbesar peta untuk melihatnya</source>
        <translation>{0} in view: zoom in to see them</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1262"/>
        <source>Belum ada data.
Buka data rumah tangga dan batas desa, atau muat provinsi demo.</source>
        <translation>No data yet.
Open household data and village boundaries, or load the demo province.</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1274"/>
        <source>DATA SINTETIS – bukan data sebenarnya</source>
        <translation>SYNTHETIC DATA – not real data</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1556"/>
        <source>Sasaran – peta</source>
        <translation>Sasaran – map</translation>
    </message>
    <message>
        <location filename="../../widgets/map_canvas.py" line="1562"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/undo.py" line="68"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../widgets/undo.py" line="75"/>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="63"/>
        <source>Geser dan identifikasi</source>
        <extracomment>tool keys, in the order the actions are listed</extracomment>
        <translation>Pan and identify</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="65"/>
        <source>Seret untuk menggeser peta, gulir untuk memperbesar, klik untuk melihat keterangan, Shift+seret untuk memilih rumah tangga.</source>
        <translation>Drag to pan, scroll to zoom, click to see details, Shift+drag to select households.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="70"/>
        <source>Gambar poligon</source>
        <translation>Draw polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="72"/>
        <source>Klik untuk menambah titik sudut; klik ganda atau Enter untuk selesai; Backspace menghapus titik terakhir; Esc membatalkan.</source>
        <translation>Click to add vertices; double-click or Enter to finish; Backspace removes the last vertex; Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="77"/>
        <source>Gambar persegi</source>
        <translation>Draw rectangle</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="78"/>
        <source>Seret dari satu sudut ke sudut seberangnya. Esc membatalkan.</source>
        <translation>Drag from one corner to the opposite corner. Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="81"/>
        <source>Gambar lingkaran</source>
        <translation>Draw circle</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="82"/>
        <source>Tekan di titik pusat lalu seret; jari-jari tampil dalam km. Esc membatalkan.</source>
        <translation>Press at the centre and drag; the radius shows in km. Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="85"/>
        <source>Pilih desa sebagai zona</source>
        <translation>Pick villages as a zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="87"/>
        <source>Klik desa untuk menambah atau melepasnya dari zona; Enter menutup zona ini, klik berikutnya membuat zona baru.</source>
        <translation>Click villages to add them to the zone or take them out; Enter closes this zone, the next click starts a new one.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="92"/>
        <source>Pilih kecamatan sebagai zona</source>
        <translation>Pick a district as a zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="93"/>
        <source>Klik satu desa: seluruh kecamatannya menjadi satu zona.</source>
        <translation>Click one village: its whole district becomes one zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="96"/>
        <source>Ubah titik sudut zona</source>
        <translation>Edit zone vertices</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="98"/>
        <source>Klik zona, lalu seret titik sudutnya; klik garis tepi untuk menambah titik, klik kanan titik untuk menghapusnya.</source>
        <translation>Click a zone, then drag its vertices; click an edge to add a vertex, right-click a vertex to remove it.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="102"/>
        <source>Pindahkan zona</source>
        <translation>Move zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="102"/>
        <source>Seret zona ke tempat barunya.</source>
        <translation>Drag the zone to its new place.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="104"/>
        <source>Pilih rumah tangga</source>
        <translation>Select households</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="105"/>
        <source>Seret kotak untuk memilih rumah tangga yang tampil.</source>
        <translation>Drag a box to select the households shown.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="205"/>
        <source>{0} titik sudut. Klik ganda atau Enter untuk selesai.</source>
        <translation>{0} vertices. Double-click or Enter to finish.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="236"/>
        <source>Gambar poligon dibatalkan.</source>
        <translation>Polygon drawing cancelled.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="252"/>
        <source>Poligon perlu sedikitnya tiga titik sudut.</source>
        <translation>A polygon needs at least three vertices.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="257"/>
        <source>Poligon tidak memiliki luas; tidak dibuat.</source>
        <translation>The polygon has no area; not created.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="370"/>
        <source>Jari-jari {0} km</source>
        <translation>Radius {0} km</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="382"/>
        <source>lingkaran jari-jari {0} km</source>
        <translation>circle of radius {0} km</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="402"/>
        <source>{0} rumah tangga dipilih.</source>
        <translation>{0} households selected.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="426"/>
        <location filename="../../widgets/zone_tools.py" line="471"/>
        <source>Tidak ada desa di titik ini.</source>
        <translation>No village at this point.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="442"/>
        <source>{0} dilepas dari {1}.</source>
        <translation>{0} taken out of {1}.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="445"/>
        <source>{0} ditambahkan ke {1}.</source>
        <translation>{0} added to {1}.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="457"/>
        <source>Zona ditutup; klik desa untuk membuat zona baru.</source>
        <translation>Zone closed; click a village to start a new zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="502"/>
        <source>Hapus titik sudut</source>
        <translation>Remove vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="503"/>
        <source>Titik sudut</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="541"/>
        <source>{0} tersusun dari desa: ubah dengan alat Pilih desa sebagai zona.</source>
        <translation>{0} is made of villages: change it with the Pick villages as a zone tool.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="564"/>
        <source>Mengubah {0}: seret titik sudutnya.</source>
        <translation>Editing {0}: drag its vertices.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="614"/>
        <source>Bentuk zona tidak sah; perubahan tidak disimpan.</source>
        <translation>Invalid zone shape; the change was not kept.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="688"/>
        <source>{0} tersusun dari desa dan tidak dapat dipindahkan.</source>
        <translation>{0} is made of villages and cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="777"/>
        <source>Ganti nama zona...</source>
        <translation>Rename zone...</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="779"/>
        <source>Ganti nama zona yang sedang dipilih.</source>
        <translation>Rename the selected zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="781"/>
        <source>Hapus zona</source>
        <translation>Delete zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="783"/>
        <source>Hapus zona yang sedang dipilih (dapat diurungkan).</source>
        <translation>Delete the selected zone (can be undone).</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="849"/>
        <source>{0} dibuat: {1} rumah tangga terfilter.</source>
        <translation>{0} created: {1} filtered households.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="878"/>
        <source>Ganti nama zona</source>
        <translation>Rename zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_tools.py" line="878"/>
        <source>Nama zona:</source>
        <translation>Zone name:</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="21"/>
        <source>1 Muat data</source>
        <extracomment>steps of the planner&apos;s work, in order: id, label (translated at use)</extracomment>
        <translation>1 Load data</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="22"/>
        <source>2 Saring</source>
        <translation>2 Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="23"/>
        <source>3 Zona</source>
        <translation>3 Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="24"/>
        <source>4 Skenario</source>
        <translation>4 Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="25"/>
        <source>5 Cetak</source>
        <translation>5 Print</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30"/>
        <source>&amp;Berkas</source>
        <extracomment>menus: id, title</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31"/>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33"/>
        <source>&amp;Peta</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34"/>
        <source>&amp;Zona</source>
        <translation>&amp;Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35"/>
        <source>Pe&amp;ngaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36"/>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="190"/>
        <source>Buka data rumah tangga...</source>
        <translation>Open household data...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="194"/>
        <source>Buka register rumah tangga (DTSEN, DTKS, P3KE, BDT)</source>
        <translation>Open a household register (DTSEN, DTKS, P3KE, BDT)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="200"/>
        <source>Buka data PSKS...</source>
        <translation>Open PSKS data...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="206"/>
        <source>Buka batas wilayah...</source>
        <translation>Open boundaries...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="212"/>
        <source>Muat provinsi demo</source>
        <translation>Load the demo province</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="214"/>
        <source>Data sintetis untuk mencoba aplikasi</source>
        <translation>Synthetic data to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="219"/>
        <source>Ekspor zona...</source>
        <translation>Export zones...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="221"/>
        <source>Simpan zona sebagai GeoPackage atau GeoJSON</source>
        <translation>Save zones as GeoPackage or GeoJSON</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="226"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="233"/>
        <source>Seluruh wilayah</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="237"/>
        <source>Tampilkan seluruh provinsi</source>
        <translation>Show the whole province</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="243"/>
        <source>Perbesar ke pilihan</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="250"/>
        <source>Tampilkan data pribadi (sesi ini)</source>
        <translation>Show personal data (this session)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="252"/>
        <source>Nama, NIK dan No. KK disamarkan; membukanya perlu konfirmasi (UU 27/2022)</source>
        <translation>Names, NIK and KK numbers are masked; showing them needs a confirmation (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="260"/>
        <source>Kembalikan tata letak</source>
        <translation>Restore layout</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="266"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="274"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="282"/>
        <source>Tentang Sasaran</source>
        <translation>About Sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="300"/>
        <source>Panel langkah</source>
        <extracomment>docks whose visibility the View menu toggles: dock name, action text</extracomment>
        <translation>Step panel</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="301"/>
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="302"/>
        <source>Tabel atribut</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="303"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="304"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="334"/>
        <location filename="../../widgets/attribute_table.py" line="460"/>
        <source>Tampilkan data pribadi</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="337"/>
        <source>Nama, NIK, No. KK dan alamat disamarkan (UU 27/2022). Menampilkannya perlu konfirmasi dan hanya berlaku untuk sesi ini.</source>
        <translation>Names, NIK, KK numbers and addresses are masked (Law 27/2022). Showing them needs a confirmation and lasts for this session only.</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="448"/>
        <source>{n} dari {total} rumah tangga (sesuai filter)</source>
        <translation>{n} of {total} households (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="460"/>
        <source>Samarkan data pribadi</source>
        <translation>Mask personal data</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../widgets/charts.py" line="47"/>
        <source>Sebaran desil (% RT)</source>
        <translation>Deciles (% of households)</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="48"/>
        <source>Cakupan program (% RT)</source>
        <translation>Program coverage (% of HH)</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="73"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="88"/>
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="116"/>
        <source>Tanpa program</source>
        <translation>No program</translation>
    </message>
    <message>
        <location filename="../../widgets/charts.py" line="122"/>
        <source>Tanpa program: belum menerima program apa pun</source>
        <translation>No program: receives no program at all</translation>
    </message>
</context>
<context>
    <name>DataSummary</name>
    <message>
        <location filename="../../widgets/data_summary.py" line="43"/>
        <source>Belum ada data dimuat.</source>
        <translation>No data loaded yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="50"/>
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="53"/>
        <source>provinsi demo buatan untuk mencoba aplikasi. Angkanya bukan data sebenarnya; jangan dibawa ke rapat.</source>
        <translation>a made-up demo province for trying the application. Its figures are not real; do not take them to a meeting.</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="59"/>
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="60"/>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="61"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="62"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="63"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="64"/>
        <source>PSKS dan pendamping</source>
        <translation>PSKS and facilitators</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="68"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="72"/>
        <source>Baris dibaca</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="73"/>
        <source>Baris ditolak</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="76"/>
        <source>Tanpa koordinat</source>
        <translation>Without coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="77"/>
        <source>{n} ({p}), ditempatkan perkiraan di desanya</source>
        <translation>{n} ({p}), placed approximately in their village</translation>
    </message>
    <message>
        <location filename="../../widgets/data_summary.py" line="90"/>
        <source>Data memuat nama/NIK/No. KK; semuanya disamarkan di layar (UU 27/2022).</source>
        <translation>The data hold names/NIK/KK numbers; all are masked on screen (Law 27/2022).</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../widgets/filter_panel.py" line="283"/>
        <source>Atur ulang ke desil 1-4</source>
        <translation>Reset to deciles 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="293"/>
        <source>Angka: rumah tangga dengan {what} ini yang juga memenuhi syarat lain yang sedang aktif.</source>
        <translation>Number: households with this {what} that also meet the other active conditions.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="299"/>
        <source>Pilihan cepat</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="303"/>
        <source>Angka: rumah tangga yang cocok.</source>
        <translation>Number: matching households.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="310"/>
        <source>Desil kesejahteraan</source>
        <translation>Welfare decile</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="312"/>
        <source>Desil 1 = 10 % termiskin secara nasional. Bantuan lazimnya untuk desil 1-4.</source>
        <translation>Decile 1 = the poorest 10 % nationally. Assistance usually targets deciles 1-4.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="316"/>
        <source>desil</source>
        <translation>decile</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="323"/>
        <source>Tanpa desil</source>
        <translation>No decile</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="327"/>
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="329"/>
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="336"/>
        <source>Jenis PPKS (salah satu)</source>
        <translation>PPKS types (any of)</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="337"/>
        <source>Rumah tangga dengan sedikitnya satu jenis PPKS yang dicentang.</source>
        <translation>Households with at least one of the ticked PPKS types.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="346"/>
        <source>jenis PPKS</source>
        <translation>PPKS type</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="393"/>
        <source>Program bantuan</source>
        <translation>Assistance programs</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="400"/>
        <source>Belum menerima bantuan apa pun</source>
        <translation>Receives no assistance at all</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="401"/>
        <source>Rumah tangga yang tidak menerima program apa pun.</source>
        <translation>Households that receive no program at all.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="403"/>
        <source>keadaan</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="416"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="417"/>
        <source>Menerima</source>
        <translation>Receives</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="418"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="423"/>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="430"/>
        <source>Menerima {name}.</source>
        <translation>Receives {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="432"/>
        <source>Belum menerima {name}.</source>
        <translation>Does not receive {name} yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="444"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="445"/>
        <source>wilayah</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="452"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="453"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="454"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="611"/>
        <source>{n} wilayah dipilih. Pilih satu di atas untuk menggantinya.</source>
        <translation>{n} areas chosen. Pick one above to replace them.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="620"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="659"/>
        <source>Belum ada data rumah tangga.</source>
        <translation>No household data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/filter_panel.py" line="675"/>
        <source>{n} dari {total} rumah tangga cocok</source>
        <translation>{n} of {total} households match</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../../widgets/attribute_table.py" line="93"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="94"/>
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="97"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="99"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="101"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="103"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="104"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="105"/>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="106"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="107"/>
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="108"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="109"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="112"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="131"/>
        <source>Data pribadi, disamarkan (UU 27/2022)</source>
        <translation>Personal data, masked (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="133"/>
        <source>Data pribadi, ditampilkan untuk sesi ini</source>
        <translation>Personal data, shown for this session</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="174"/>
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="177"/>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="202"/>
        <source>tanpa lokasi</source>
        <translation>no location</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="204"/>
        <source>perkiraan</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../widgets/attribute_table.py" line="205"/>
        <source>koordinat</source>
        <translation>coordinates</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/identify.py" line="60"/>
        <source>Klik desa, rumah tangga atau PSKS di peta untuk melihat rinciannya.</source>
        <translation>Click a village, household or PSKS on the map to see its details.</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="128"/>
        <source>Kelurahan</source>
        <translation>Kelurahan (urban village)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="128"/>
        <source>Desa</source>
        <translation>Desa (village)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="130"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="131"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="132"/>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="133"/>
        <source>Rumah tangga (semua)</source>
        <translation>Households (all)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="134"/>
        <source>Sesuai filter</source>
        <translation>Filtered</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="135"/>
        <source>Jiwa (sesuai filter)</source>
        <translation>Persons (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="137"/>
        <source>Per desil (sesuai filter)</source>
        <translation>By decile (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="141"/>
        <location filename="../../widgets/identify.py" line="182"/>
        <source>Belum menerima program</source>
        <translation>Receiving no program</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="150"/>
        <source>PPKS terbanyak</source>
        <translation>Most frequent PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="159"/>
        <source>PSKS</source>
        <translation>PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="172"/>
        <source>{n} desa</source>
        <translation>{n} villages</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="174"/>
        <source>poligon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="178"/>
        <source>Rumah tangga (sesuai filter)</source>
        <translation>Households (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="179"/>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="180"/>
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="185"/>
        <source>Letak perkiraan</source>
        <translation>Placed approximately</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="210"/>
        <source>tanpa lokasi</source>
        <translation>no location</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="212"/>
        <source>perkiraan di dalam desanya (tanpa koordinat sendiri)</source>
        <translation>approximate, inside its village (no coordinates of its own)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="215"/>
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="217"/>
        <location filename="../../widgets/identify.py" line="268"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="218"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="219"/>
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="220"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="220"/>
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="227"/>
        <location filename="../../widgets/identify.py" line="271"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="230"/>
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="230"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="231"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="232"/>
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="234"/>
        <source>Program diterima</source>
        <translation>Programs received</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="235"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="237"/>
        <location filename="../../widgets/identify.py" line="276"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="238"/>
        <source>Baris di berkas</source>
        <translation>Row in file</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="241"/>
        <source>Data pribadi ditampilkan untuk sesi ini (UU 27/2022).</source>
        <translation>Personal data shown for this session (Law 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="243"/>
        <source>Nama, NIK, No. KK dan alamat disamarkan.</source>
        <translation>Names, NIK, KK numbers and addresses are masked.</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="264"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="177"/>
        <location filename="../../widgets/identify.py" line="265"/>
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="274"/>
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="277"/>
        <source>perkiraan</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../widgets/identify.py" line="281"/>
        <source>Sumber daya program, bukan jenis PSKS</source>
        <translation>Program resource, not a PSKS type</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/import_dialog.py" line="179"/>
        <source>Buka data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="185"/>
        <source>Jenis data:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="188"/>
        <source>Rumah tangga (DTSEN, DTKS, P3KE, BDT)</source>
        <translation>Households (DTSEN, DTKS, P3KE, BDT)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="189"/>
        <source>PSKS / sumber daya</source>
        <translation>PSKS / resources</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="190"/>
        <source>Batas desa/kelurahan</source>
        <translation>Village boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="202"/>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="203"/>
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="209"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="212"/>
        <source>Layer/lembar:</source>
        <translation>Layer/sheet:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="227"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="239"/>
        <source>Simpan pemetaan...</source>
        <translation>Save mapping...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="241"/>
        <source>Muat pemetaan...</source>
        <translation>Load mapping...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="253"/>
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="258"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="258"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="258"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="258"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="266"/>
        <source>Simpan baris bermasalah...</source>
        <translation>Save problem rows...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="272"/>
        <source>Baris ditolak dan peringatan:</source>
        <translation>Rejected rows and warnings:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="278"/>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="285"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="288"/>
        <source>Periksa dan muat</source>
        <translation>Check and load</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="291"/>
        <source>Gunakan data ini</source>
        <translation>Use these data</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="294"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="324"/>
        <source>Batas baru mengosongkan lapisan rumah tangga dan PSKS: muat keduanya lagi sesudahnya.</source>
        <translation>New boundaries empty the household and PSKS layers: load both again afterwards.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="330"/>
        <source>Belum ada batas desa: muat batas wilayah dulu agar data dapat dipetakan.</source>
        <translation>No village boundaries yet: load boundaries first so the data can be mapped.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="338"/>
        <source>Pilih berkas data</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="351"/>
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="377"/>
        <source>{rows} baris dibaca.</source>
        <translation>{rows} rows read.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="379"/>
        <source>{rows} baris dibaca. Format dikenali: {layout}.</source>
        <translation>{rows} rows read. Layout recognised: {layout}.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="384"/>
        <source>{rows} baris dibaca. Format tidak dikenali otomatis: periksa tab Pemetaan kolom.</source>
        <translation>{rows} rows read. Layout not recognised automatically: check the Column mapping tab.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="417"/>
        <source>judul kolom di baris {row}</source>
        <translation>column names on row {row}</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="419"/>
        <source>encoding {enc}</source>
        <translation>encoding {enc}</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="421"/>
        <source>pemisah &apos;{sep}&apos;</source>
        <translation>separator &apos;{sep}&apos;</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="422"/>
        <source>{n} baris pertama.</source>
        <translation>First {n} rows.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="427"/>
        <source>Kolom data pribadi disamarkan.</source>
        <translation>Personal data columns are masked.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="446"/>
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="478"/>
        <source>Penerima {name}</source>
        <translation>Receives {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="480"/>
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="483"/>
        <source>Format: {layout} ({level}). Kolom yang tidak dipakai: {unmapped}</source>
        <translation>Layout: {layout} ({level}). Columns not used: {unmapped}</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="485"/>
        <source>satu baris per orang</source>
        <translation>one row per person</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="487"/>
        <source>satu baris per keluarga</source>
        <translation>one row per family</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="493"/>
        <source>Kolom PSKS dikenali otomatis; pemetaan ini hanya untuk diperiksa.</source>
        <translation>PSKS columns are recognised automatically; this mapping is for checking only.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="528"/>
        <source>Simpan pemetaan kolom</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="528"/>
        <location filename="../../widgets/import_dialog.py" line="538"/>
        <source>Pemetaan (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="533"/>
        <source>Pemetaan disimpan ke {name}.</source>
        <translation>Mapping saved to {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="538"/>
        <source>Muat pemetaan kolom</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="552"/>
        <source>Pemetaan dimuat dari {name}.</source>
        <translation>Mapping loaded from {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="584"/>
        <source>Memeriksa dan memuat...</source>
        <translation>Checking and loading...</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="600"/>
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="631"/>
        <source>{n} desa/kelurahan, {k} kecamatan, {b} kabupaten/kota.</source>
        <translation>{n} villages, {k} districts, {b} regencies/cities.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="634"/>
        <source>{n} desa tanpa poligon.</source>
        <translation>{n} villages without a polygon.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="635"/>
        <source>{n} poligon tidak valid diperbaiki.</source>
        <translation>{n} invalid polygons repaired.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="641"/>
        <source>Batas wilayah siap. Tekan &quot;Gunakan data ini&quot;.</source>
        <translation>Boundaries ready. Press &quot;Use these data&quot;.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="646"/>
        <source>rumah tangga</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="646"/>
        <source>PSKS</source>
        <translation>PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="650"/>
        <source>&lt;b&gt;{read}&lt;/b&gt; baris dibaca, &lt;b&gt;{kept}&lt;/b&gt; {what} dimuat, &lt;b&gt;{rej}&lt;/b&gt; baris ditolak.</source>
        <translation>&lt;b&gt;{read}&lt;/b&gt; rows read, &lt;b&gt;{kept}&lt;/b&gt; {what} loaded, &lt;b&gt;{rej}&lt;/b&gt; rows rejected.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="660"/>
        <source>Ditolak karena:</source>
        <translation>Rejected because:</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="666"/>
        <source>Peringatan (data tetap dimuat):</source>
        <translation>Warnings (data still loaded):</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="672"/>
        <source>Tanpa koordinat: {n} (ditempatkan perkiraan di desanya: {a})</source>
        <translation>Without coordinates: {n} (placed approximately in their village: {a})</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="678"/>
        <source>Kode desa tak dikenal: {codes}</source>
        <translation>Unknown village codes: {codes}</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="692"/>
        <source>(ditolak)</source>
        <translation>(rejected)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="700"/>
        <source>… dan {n} lagi: simpan ke CSV untuk melihat semuanya.</source>
        <translation>… and {n} more: save to CSV to see them all.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="706"/>
        <source>Pemeriksaan selesai. Tekan &quot;Gunakan data ini&quot; untuk memakainya.</source>
        <translation>Check done. Press &quot;Use these data&quot; to use them.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="715"/>
        <source>Simpan baris bermasalah</source>
        <translation>Save problem rows</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="717"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="730"/>
        <source>Baris bermasalah disimpan ke {name}.</source>
        <translation>Problem rows saved to {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/import_dialog.py" line="770"/>
        <source>{name} dipakai.</source>
        <translation>{name} is in use.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../widgets/layer_panel.py" line="78"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="82"/>
        <source>Buka data...</source>
        <translation>Open data...</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="85"/>
        <source>Buka data rumah tangga, PSKS atau batas desa (GPKG, SHP, GeoJSON, CSV, XLSX, ...)</source>
        <translation>Open household, PSKS or village boundary data (GPKG, SHP, GeoJSON, CSV, XLSX, ...)</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="97"/>
        <source>Lapisan peta</source>
        <translation>Map layers</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="100"/>
        <source>Centang untuk menampilkan; urutan atas menutupi bawah.</source>
        <translation>Tick to show; upper layers cover lower ones.</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="106"/>
        <source>Naikkan lapisan</source>
        <translation>Move layer up</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="110"/>
        <source>Turunkan lapisan</source>
        <translation>Move layer down</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="113"/>
        <source>Perbesar ke lapisan</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="117"/>
        <source>Kepekatan lapisan terpilih</source>
        <translation>Opacity of the selected layer</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="125"/>
        <source>Kepekatan</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="131"/>
        <source>Peta belum tersedia di jendela ini.</source>
        <translation>No map in this window.</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="136"/>
        <source>Warna desa</source>
        <translation>Village colours</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="138"/>
        <source>(tanpa warna)</source>
        <translation>(no colour)</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="161"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="162"/>
        <source>Pembagian kelas</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="163"/>
        <source>Jumlah kelas</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="164"/>
        <source>Palet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="198"/>
        <source>Belum ada data dimuat.</source>
        <translation>No data loaded yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="204"/>
        <source>DATA SINTETIS: provinsi demo, bukan data sebenarnya.</source>
        <translation>SYNTHETIC DATA: demo province, not real data.</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="208"/>
        <source>{hh} rumah tangga · {v} desa/kelurahan · {p} PSKS</source>
        <translation>{hh} households · {v} villages · {p} PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/layer_panel.py" line="217"/>
        <source>Sumber: {src}</source>
        <translation>Source: {src}</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../widgets/output_page.py" line="56"/>
        <source>Lembar peta untuk rapat (PDF/PNG, A4 atau A3, dengan legenda, skala, sumber data dan baris privasi) dan peta web (HTML) dibuat dari yang tampil sekarang: filter, zona dan data yang dimuat.</source>
        <translation>Meeting map sheets (PDF/PNG, A4 or A3, with legend, scale, data sources and a privacy line) and the web map (HTML) are made from what is shown now: the filter, the zones and the loaded data.</translation>
    </message>
    <message>
        <location filename="../../widgets/output_page.py" line="62"/>
        <source>Lembar peta (PDF)...</source>
        <translation>Map sheet (PDF)...</translation>
    </message>
    <message>
        <location filename="../../widgets/output_page.py" line="64"/>
        <source>Peta web (HTML)...</source>
        <translation>Web map (HTML)...</translation>
    </message>
    <message>
        <location filename="../../widgets/output_page.py" line="68"/>
        <source>Keduanya agregat per desa secara bawaan; titik rumah tangga adalah data pribadi dan hanya tampil bila dipilih dengan sengaja.</source>
        <translation>Both are aggregated per village by default; household points are personal data and only appear when chosen on purpose.</translation>
    </message>
    <message>
        <location filename="../../widgets/output_page.py" line="124"/>
        <source>Zona peta web {n}</source>
        <translation>Web map zone {n}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../widgets/progress_dialog.py" line="53"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/progress_dialog.py" line="80"/>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../widgets/status_bar.py" line="49"/>
        <source>Bujur –  Lintang –</source>
        <translation>Lon –  Lat –</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="51"/>
        <source>LU</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="51"/>
        <source>LS</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="53"/>
        <source>Bujur {lon:.4f}° BT  Lintang {lat:.4f}° {ns}</source>
        <translation>Lon {lon:.4f}° E  Lat {lat:.4f}° {ns}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="62"/>
        <source>Belum ada data dimuat</source>
        <translation>No data loaded</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="64"/>
        <source>{n} dari {total} rumah tangga sesuai filter</source>
        <translation>{n} of {total} households match the filter</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="68"/>
        <source>{k} dipilih</source>
        <translation>{k} selected</translation>
    </message>
    <message>
        <location filename="../../widgets/status_bar.py" line="78"/>
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <location filename="../../widgets/zone_list.py" line="100"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="100"/>
        <source>Jangkauan (rumah tangga sesuai filter)</source>
        <translation>Reach (filtered households)</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="101"/>
        <source>Nama zona (klik dua kali untuk mengganti)</source>
        <translation>Zone name (double-click to rename)</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="105"/>
        <source>RT: rumah tangga di zona yang memenuhi filter; jiwa: anggotanya; PPKS: dengan sedikitnya satu jenis PPKS; belum dibantu: belum menerima program apa pun; PSKS: sumber kesejahteraan sosial di zona; ganda: rumah tangga yang juga dijangkau zona lain.</source>
        <translation>HH: households in the zone that pass the filter; persons: their members; PPKS: with at least one PPKS type; unassisted: receiving no program; PSKS: social-welfare resources in the zone; shared: households another zone reaches too.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="130"/>
        <source>Belum ada zona. Gambar zona di peta (poligon, persegi, lingkaran) atau pilih desa/kecamatan sebagai zona.</source>
        <translation>No zones yet. Draw a zone on the map (polygon, rectangle, circle) or pick villages or a district as a zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="137"/>
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="139"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="141"/>
        <source>Ekspor zona...</source>
        <translation>Export zones...</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="143"/>
        <source>Simpan semua zona sebagai GeoPackage atau GeoJSON (QGIS)</source>
        <translation>Save all zones as GeoPackage or GeoJSON (QGIS)</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="186"/>
        <source>{hh} RT · {persons} jiwa · desil 1-4: {d14}</source>
        <translation>{hh} HH · {persons} persons · deciles 1-4: {d14}</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="189"/>
        <source>PPKS: {ppks} · belum dibantu: {gap}</source>
        <translation>PPKS: {ppks} · unassisted: {gap}</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="192"/>
        <source>PSKS: {psks} · ganda dengan zona lain: {shared}</source>
        <translation>PSKS: {psks} · shared with other zones: {shared}</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="203"/>
        <source>Per desil: {desil}</source>
        <translation>By decile: {desil}</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="206"/>
        <source>{n} rumah tangga letaknya perkiraan (tanpa koordinat sendiri)</source>
        <translation>{n} households are placed approximately (no coordinates of their own)</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="280"/>
        <source>Ekspor zona</source>
        <translation>Export zones</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="282"/>
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../../widgets/zone_list.py" line="300"/>
        <source>{n} zona disimpan ke {name}.</source>
        <translation>{n} zones saved to {name}.</translation>
    </message>
</context>
</TS>
