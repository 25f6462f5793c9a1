<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name />
    <message>
        <location filename="../../desktop/main_window.py" line="200" />
        <source>Muat batas desa, lalu data rumah tangga (DTSEN, DTKS, P3KE, BDT) dan PSKS. Tanpa data sendiri, Sasaran membuka provinsi demo.</source>
        <extracomment>"(data sintetis)" in a data label, which the window title marks on its own</extracomment>
        <translation>Load village boundaries, then the household register (DTSEN, DTKS, P3KE, BDT) and PSKS. Without data of your own, Sasaran opens the demo province.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="205" />
        <source>1 Muat data</source>
        <translation>1 Load data</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="207" />
        <source>2 Saring rumah tangga</source>
        <translation>2 Filter households</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="222" />
        <source>3 Zona intervensi</source>
        <translation>3 Intervention zones</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="234" />
        <source>Skenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="235" />
        <location filename="../../widgets/scenario/suggest_panel.py" line="104" />
        <source>Usulan desa</source>
        <translation>Village proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="241" />
        <source>Pendamping</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="242" />
        <location filename="../../desktop/main_window.py" line="514" />
        <source>Bandingkan skenario...</source>
        <translation>Compare scenarios...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="253" />
        <source>4 Skenario dan anggaran</source>
        <translation>4 Scenario and budget</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="263" />
        <source>5 Cetak peta dan peta web</source>
        <translation>5 Print map sheets and web map</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="277" />
        <location filename="../../desktop/main_window.py" line="333" />
        <location filename="../../desktop/main_window.py" line="579" />
        <source>Langkah</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="279" />
        <location filename="../../desktop/main_window.py" line="580" />
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="280" />
        <location filename="../../desktop/main_window.py" line="581" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="281" />
        <location filename="../../desktop/main_window.py" line="582" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="292" />
        <location filename="../../desktop/main_window.py" line="583" />
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="294" />
        <location filename="../../desktop/main_window.py" line="584" />
        <source>Bandingkan register</source>
        <translation>Compare registers</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="289" />
        <location filename="../../desktop/main_window.py" line="585" />
        <source>Tabel atribut</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="310" />
        <location filename="../../desktop/main_window.py" line="592" />
        <source>Proyek terakhir</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="325" />
        <location filename="../../desktop/main_window.py" line="591" />
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="339" />
        <location filename="../../desktop/main_window.py" line="589" />
        <source>Langkah kerja</source>
        <translation>Work steps</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="358" />
        <location filename="../../desktop/main_window.py" line="590" />
        <source>Alat</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="512" />
        <source>Usulan desa...</source>
        <translation>Village proposal...</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="531" />
        <source>Bandingkan skenario — Sasaran</source>
        <translation>Compare scenarios — Sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="551" />
        <source>Zona “{name}” dibuat dari {n} desa usulan.</source>
        <translation>Zone “{name}” created from {n} proposed villages.</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="114" />
        <source>Provinsi demo tidak dapat dimuat</source>
        <translation>The demo province could not be loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="116" />
        <source>Memuat provinsi demo (data sintetis)...</source>
        <translation>Loading the demo province (synthetic data)...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="118" />
        <source>Memuat provinsi demo...</source>
        <translation>Loading the demo province...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="178" />
        <source>Bahasa antarmuka diganti.</source>
        <translation>Interface language changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="487" />
        <location filename="../../widgets/map/overlays/badge.py" line="26" />
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../../desktop/memory.py" line="89" />
        <location filename="../../desktop/project_actions.py" line="353" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="191" />
        <source>Tentang Sasaran</source>
        <translation>About Sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="193" />
        <source>&lt;b&gt;Sasaran&lt;/b&gt; — GIS untuk penargetan bantuan sosial yang tepat sasaran.&lt;br&gt;Data pribadi disamarkan secara bawaan (UU 27/2022).</source>
        <translation>&lt;b&gt;Sasaran&lt;/b&gt; — GIS for targeting social assistance to the households it is meant for.&lt;br&gt;Personal data are masked by default (Law 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="41" />
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="42" />
        <source>Sasaran bantuan yang lazim: 40 % termiskin (desil 1-4).</source>
        <translation>The usual assistance target: the poorest 40 % (deciles 1-4).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="45" />
        <source>Miskin belum dibantu</source>
        <translation>Poor, not assisted</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="47" />
        <source>Exclusion error: rumah tangga desil 1-2 yang tidak menerima satu pun program yang tercatat di berkas.</source>
        <translation>Exclusion error: households in deciles 1-2 that receive none of the programs recorded in the file.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="52" />
        <source>Mampu tetapi dibantu</source>
        <translation>Better-off but assisted</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="54" />
        <source>Inclusion error: rumah tangga desil 7-10 yang menerima PKH, Sembako, PIP, PBI-JK atau subsidi listrik.</source>
        <translation>Inclusion error: households in deciles 7-10 receiving PKH, Sembako, PIP, PBI-JK or the electricity subsidy.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="58" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_chip.py" line="58" />
        <source>Semua rumah tangga, tanpa syarat.</source>
        <translation>All households, no condition.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="27" />
        <source>Tampilkan data pribadi?</source>
        <translation>Show personal data?</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="30" />
        <source>Nama, NIK, nomor KK dan alamat adalah data pribadi yang dilindungi UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi.</source>
        <translation>Names, NIK, KK numbers and addresses are personal data protected by Law No. 27 of 2022 on Personal Data Protection (UU 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="36" />
        <source>Tampilkan tanpa disamarkan hanya untuk sesi ini? Jangan memotret layar, mencetak atau membagikan data ini. Setelan ini tidak disimpan.</source>
        <translation>Show them unmasked for this session only? Do not photograph the screen, print or share these data. This choice is not saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="40" />
        <source>Tampilkan untuk sesi ini</source>
        <translation>Show for this session</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="41" />
        <source>Tetap disamarkan</source>
        <translation>Keep masked</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="59" />
        <source>PERINGATAN: data pribadi ditampilkan (sesi ini, UU 27/2022)</source>
        <translation>WARNING: personal data shown (this session, Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/privacy.py" line="60" />
        <source>Data pribadi disamarkan</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <location filename="../../widgets/base/files.py" line="100" />
        <source>Berkas sudah ada</source>
        <translation>File exists</translation>
    </message>
    <message>
        <location filename="../../widgets/base/files.py" line="101" />
        <source>Berkas {name} sudah ada. Timpa?</source>
        <translation>The file {name} already exists. Overwrite it?</translation>
    </message>
    <message>
        <location filename="../../widgets/base/files.py" line="102" />
        <source>Timpa</source>
        <translation>Overwrite</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="30" />
        <source>Proyek Sasaran (*.sasaran)</source>
        <translation>Sasaran project (*.sasaran)</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="122" />
        <location filename="../../desktop/project_actions.py" line="139" />
        <source>Proyek tidak dapat disimpan</source>
        <translation>The project could not be saved</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="123" />
        <source>Belum ada data dari berkas. Muat batas wilayah dan data rumah tangga dulu.</source>
        <translation>No data from files yet. Load the boundaries and the household register first.</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="130" />
        <source>Simpan proyek</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="142" />
        <source>Proyek {name} disimpan.</source>
        <translation>Project {name} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="165" />
        <source>Berkas data proyek tidak ditemukan</source>
        <translation>Project data file not found</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="167" />
        <source>{what} {name} tidak ada di tempat yang disimpan proyek. Cari berkasnya?</source>
        <translation>{what} {name} is not where the project saved it. Look for the file?</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="171" />
        <source>Cari berkas...</source>
        <translation>Find file...</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="172" />
        <location filename="../../desktop/project_actions.py" line="196" />
        <location filename="../../widgets/scenario/scenario_common.py" line="323" />
        <location filename="../../widgets/base/files.py" line="103" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="177" />
        <source>Cari {name}</source>
        <translation>Find {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="187" />
        <source>Berkas data berubah</source>
        <translation>Data file changed</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="190" />
        <source>Berkas data berubah sejak proyek disimpan, jadi angka bisa berbeda dari sebelumnya. Baca berkas yang berubah?</source>
        <translation>A data file changed since the project was saved, so the figures may differ from before. Read the changed file?</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="195" />
        <source>Baca berkas yang berubah</source>
        <translation>Read the changed file</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="223" />
        <source>Buka proyek</source>
        <translation>Open project</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="231" />
        <location filename="../../desktop/project_actions.py" line="268" />
        <source>Proyek tidak dapat dibuka</source>
        <translation>The project could not be opened</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="243" />
        <source>Proyek tidak dibuka; data yang tampil tidak berubah.</source>
        <translation>Project not opened; the data shown are unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="255" />
        <source>berkas data</source>
        <translation>data files</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="257" />
        <location filename="../../desktop/project_actions.py" line="259" />
        <source>Membuka {name}...</source>
        <translation>Opening {name}...</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="308" />
        <source>Berkas yang berubah sudah dibaca</source>
        <translation>Changed files read</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="309" />
        <source>Data dibaca ulang dari berkas yang berubah:</source>
        <translation>Data were read again from the changed files:</translation>
    </message>
    <message>
        <location filename="../../desktop/project_actions.py" line="316" />
        <source>Proyek {name} dibuka.</source>
        <translation>Project {name} opened.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="216" />
        <location filename="../../widgets/base/files.py" line="129" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="72" />
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/zones.py" line="38" />
        <location filename="../../widgets/map/layers/zones.py" line="150" />
        <source>Zona intervensi</source>
        <extracomment>colours of zones (Okabe-Ito blue) and of the zone being worked on (vermillion)</extracomment>
        <translation>Intervention zones</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="57" />
        <location filename="../../widgets/map/layers/psks.py" line="103" />
        <location filename="../../widgets/map/layers/psks.py" line="117" />
        <source>PSKS dan pendamping</source>
        <extracomment>PSKS in the view when it last settled</extracomment>
        <translation>PSKS and facilitators</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/households.py" line="48" />
        <source>Rumah tangga (titik)</source>
        <extracomment>how households are drawn now: "raster", "symbols" or "none"</extracomment>
        <translation>Households (points)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/boundaries.py" line="40" />
        <source>Batas kabupaten/kota</source>
        <translation>Regency/city boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/boundaries.py" line="50" />
        <source>Batas kecamatan</source>
        <translation>District boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/boundaries.py" line="60" />
        <source>Batas desa/kelurahan</source>
        <translation>Village boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="24" />
        <source>PSKS perorangan</source>
        <translation>PSKS persons</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="25" />
        <source>PSKS kelembagaan</source>
        <translation>PSKS institutions</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="26" />
        <source>Pendamping PKH / ASN</source>
        <translation>PKH facilitators / civil servants</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/choropleth.py" line="46" />
        <source>Desa: {0}</source>
        <translation>Villages: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/choropleth.py" line="47" />
        <source>Desa (tanpa indikator)</source>
        <translation>Villages (no indicator)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/zones.py" line="106" />
        <source>{0}
{1} RT</source>
        <translation>{0}
{1} HH</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/households.py" line="142" />
        <source>Desil {0}</source>
        <translation>Decile {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/households.py" line="142" />
        <source>Desil tidak tercatat</source>
        <translation>Decile not recorded</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/households.py" line="152" />
        <source>Lokasi perkiraan (pucat/cincin)</source>
        <translation>Approximate location (pale/ring)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/households.py" line="156" />
        <source>Rumah tangga: {0}</source>
        <translation>Households: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="110" />
        <source>{0} ({1} jenis)</source>
        <translation>{0} ({1} types)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="112" />
        <source>PSKS (warna = jenis)</source>
        <translation>PSKS (colour = type)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/psks.py" line="115" />
        <source>{0} di tampilan: perbesar peta untuk melihatnya</source>
        <translation>{0} in view: zoom in to see them</translation>
    </message>
    <message>
        <location filename="../../widgets/map/canvas.py" line="440" />
        <source>Belum ada data.
Buka data rumah tangga dan batas desa, atau muat provinsi demo.</source>
        <extracomment>fewer households than this in view: draw symbols instead of a picture households per pixel above which the household picture is drawn half-transparent more PSKS than this in view: hide their symbols until the user zooms in more PSKS than this in view: tiny symbols, which a click does not pick (the village wins) pause after the view stops moving before view-following layers redraw (ms) above this many boundary vertices, simplify for display (degrees) the villages as drawn (set with the data), shared by the layers layer titles as last announced with sig_layers_changed</extracomment>
        <translation>No data yet.
Open household data and village boundaries, or load the demo province.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/overlays/badge.py" line="24" />
        <source>DATA SINTETIS – bukan data sebenarnya</source>
        <translation>SYNTHETIC DATA – not real data</translation>
    </message>
    <message>
        <location filename="../../widgets/map/overlays/north.py" line="33" />
        <source>U</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/map/canvas.py" line="476" />
        <source>Sasaran – peta</source>
        <translation>Sasaran – map</translation>
    </message>
    <message>
        <location filename="../../widgets/map/canvas.py" line="482" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="622" />
        <location filename="../../widgets/base/undo.py" line="68" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/main_window.py" line="622" />
        <location filename="../../widgets/base/undo.py" line="75" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="51" />
        <source>Geser dan identifikasi</source>
        <extracomment>tool keys, in the order the actions are listed</extracomment>
        <translation>Pan and identify</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="53" />
        <source>Seret untuk menggeser peta, gulir untuk memperbesar, klik untuk melihat keterangan, Shift+seret untuk memilih rumah tangga.</source>
        <translation>Drag to pan, scroll to zoom, click to see details, Shift+drag to select households.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="58" />
        <source>Gambar poligon</source>
        <translation>Draw polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="60" />
        <source>Klik untuk menambah titik sudut; klik ganda atau Enter untuk selesai; Backspace menghapus titik terakhir; Esc membatalkan.</source>
        <translation>Click to add vertices; double-click or Enter to finish; Backspace removes the last vertex; Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="65" />
        <source>Gambar persegi</source>
        <translation>Draw rectangle</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="66" />
        <source>Seret dari satu sudut ke sudut seberangnya. Esc membatalkan.</source>
        <translation>Drag from one corner to the opposite corner. Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="69" />
        <source>Gambar lingkaran</source>
        <translation>Draw circle</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="70" />
        <source>Tekan di titik pusat lalu seret; jari-jari tampil dalam km. Esc membatalkan.</source>
        <translation>Press at the centre and drag; the radius shows in km. Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="73" />
        <source>Pilih desa sebagai zona</source>
        <translation>Pick villages as a zone</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="75" />
        <source>Klik desa untuk menambah atau melepasnya dari zona; Enter menutup zona ini, klik berikutnya membuat zona baru.</source>
        <translation>Click villages to add them to the zone or take them out; Enter closes this zone, the next click starts a new one.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="80" />
        <source>Pilih kecamatan sebagai zona</source>
        <translation>Pick a district as a zone</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="81" />
        <source>Klik satu desa: seluruh kecamatannya menjadi satu zona.</source>
        <translation>Click one village: its whole district becomes one zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="84" />
        <source>Ubah titik sudut zona</source>
        <translation>Edit zone vertices</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="86" />
        <source>Klik zona, lalu seret titik sudutnya; klik garis tepi untuk menambah titik, klik kanan titik untuk menghapusnya.</source>
        <translation>Click a zone, then drag its vertices; click an edge to add a vertex, right-click a vertex to remove it.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="90" />
        <source>Pindahkan zona</source>
        <translation>Move zone</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="90" />
        <source>Seret zona ke tempat barunya.</source>
        <translation>Drag the zone to its new place.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="92" />
        <source>Pilih rumah tangga</source>
        <translation>Select households</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="93" />
        <source>Seret kotak untuk memilih rumah tangga yang tampil.</source>
        <translation>Drag a box to select the households shown.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="193" />
        <source>{0} titik sudut. Klik ganda atau Enter untuk selesai.</source>
        <translation>{0} vertices. Double-click or Enter to finish.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="224" />
        <source>Gambar poligon dibatalkan.</source>
        <translation>Polygon drawing cancelled.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="240" />
        <source>Poligon perlu sedikitnya tiga titik sudut.</source>
        <translation>A polygon needs at least three vertices.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="245" />
        <source>Poligon tidak memiliki luas; tidak dibuat.</source>
        <translation>The polygon has no area; not created.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="358" />
        <source>Jari-jari {0} km</source>
        <translation>Radius {0} km</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="370" />
        <source>lingkaran jari-jari {0} km</source>
        <translation>circle of radius {0} km</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="390" />
        <source>{0} rumah tangga dipilih.</source>
        <translation>{0} households selected.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="414" />
        <location filename="../../widgets/map/zone_draw.py" line="459" />
        <source>Tidak ada desa di titik ini.</source>
        <translation>No village at this point.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="430" />
        <source>{0} dilepas dari {1}.</source>
        <translation>{0} taken out of {1}.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="433" />
        <source>{0} ditambahkan ke {1}.</source>
        <translation>{0} added to {1}.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_draw.py" line="445" />
        <source>Zona ditutup; klik desa untuk membuat zona baru.</source>
        <translation>Zone closed; click a village to start a new zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="37" />
        <source>Hapus titik sudut</source>
        <translation>Remove vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="38" />
        <source>Titik sudut</source>
        <translation>Vertex</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="76" />
        <source>{0} tersusun dari desa: ubah dengan alat Pilih desa sebagai zona.</source>
        <translation>{0} is made of villages: change it with the Pick villages as a zone tool.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="99" />
        <source>Mengubah {0}: seret titik sudutnya.</source>
        <translation>Editing {0}: drag its vertices.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="149" />
        <source>Bentuk zona tidak sah; perubahan tidak disimpan.</source>
        <translation>Invalid zone shape; the change was not kept.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_edit.py" line="223" />
        <source>{0} tersusun dari desa dan tidak dapat dipindahkan.</source>
        <translation>{0} is made of villages and cannot be moved.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="107" />
        <source>Ganti nama zona...</source>
        <translation>Rename zone...</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="109" />
        <source>Ganti nama zona yang sedang dipilih.</source>
        <translation>Rename the selected zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="111" />
        <source>Hapus zona</source>
        <translation>Delete zone</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="113" />
        <source>Hapus zona yang sedang dipilih (dapat diurungkan).</source>
        <translation>Delete the selected zone (can be undone).</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="179" />
        <source>{0} dibuat: {1} rumah tangga terfilter ({2} berkoordinat sendiri, {3} letak perkiraan).</source>
        <translation>{0} created: {1} filtered households ({2} with own coordinates, {3} placed approximately).</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="183" />
        <source>Zona membelah {0} RT perkiraan di {1} desa.</source>
        <translation>The zone splits {0} approximately placed HH in {1} villages.</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="214" />
        <source>Ganti nama zona</source>
        <translation>Rename zone</translation>
    </message>
    <message>
        <location filename="../../widgets/map/zone_tools.py" line="214" />
        <source>Nama zona:</source>
        <translation>Zone name:</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="36" />
        <location filename="../../widgets/scenario/comparison_villages.py" line="104" />
        <source>Kode</source>
        <extracomment>one colour per change: gain, loss, the same, no figure (colour-blind safe, prints in grey)</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="29" />
        <location filename="../../widgets/scenario/comparison_villages.py" line="106" />
        <location filename="../../widgets/scenario/cut_list.py" line="32" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="30" />
        <location filename="../../widgets/scenario/comparison_villages.py" line="108" />
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="110" />
        <source>RT {name}</source>
        <translation>HH {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="111" />
        <source>Selisih {name}</source>
        <translation>Difference {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="53" />
        <source>per keluarga</source>
        <extracomment>household size whose cost the table shows beside each program, as a check</extracomment>
        <translation>per family</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="54" />
        <source>per jiwa</source>
        <translation>per person</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="55" />
        <source>per komponen</source>
        <translation>per component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="56" />
        <source>per siswa</source>
        <translation>per pupil</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="61" />
        <source>per bulan</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="61" />
        <source>per tahun</source>
        <translation>per year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="69" />
        <source>Jumlah anggota untuk rumah tangga tanpa data harus lebih dari 0.</source>
        <translation>Members for households without data must be more than 0.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="71" />
        <source>Ada program tanpa kunci ({detail}).</source>
        <translation>There are programs without a key ({detail}).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="73" />
        <source>{where}: kunci hanya boleh huruf besar, angka dan garis bawah, diawali huruf.</source>
        <translation>{where}: the key may hold only capital letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="75" />
        <source>{where}: kunci program dipakai dua kali.</source>
        <translation>{where}: program key used twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="76" />
        <source>{where}: program belum punya komponen biaya.</source>
        <translation>{where}: the program has no cost component yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="77" />
        <source>{where}: batas jumlah komponen harus paling sedikit 1.</source>
        <translation>{where}: the component limit must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="78" />
        <source>{where}: nama komponen kosong atau dipakai dua kali.</source>
        <translation>{where}: component name empty or used twice.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="79" />
        <source>{where}: satuan tidak dikenal ({detail}).</source>
        <translation>{where}: unknown unit ({detail}).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="80" />
        <source>{where}: periode tidak dikenal ({detail}).</source>
        <translation>{where}: unknown period ({detail}).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="81" />
        <source>{where}: besaran tidak boleh negatif.</source>
        <translation>{where}: the amount may not be negative.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="83" />
        <source>{where}: besaran lebih dari Rp 100 triliun, di atas anggaran provinsi mana pun. Periksa satuannya.</source>
        <translation>{where}: the amount is above Rp 100 trillion, more than any province's budget. Check the unit.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="87" />
        <source>{where}: satuan per komponen/per siswa memerlukan porsi per anggota (perkiraan jumlah komponen per anggota rumah tangga).</source>
        <translation>{where}: per-component/per-pupil units need a share per member (estimated number of components per household member).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="90" />
        <source>{where}: lama program harus paling sedikit 1 tahun.</source>
        <translation>{where}: the program must last at least 1 year.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="91" />
        <source>{where}: tahun berlaku tidak masuk akal ({detail}).</source>
        <translation>{where}: implausible valid-from year ({detail}).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="114" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="115" />
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="116" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="117" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="118" />
        <source>Besaran
(Rp)</source>
        <translation>Amount
(Rp)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="119" />
        <source>Porsi per
anggota</source>
        <translation>Share per
member</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="120" />
        <source>Maks.
komponen</source>
        <translation>Max.
components</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="121" />
        <source>Lama
(tahun)</source>
        <translation>Duration
(years)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="122" />
        <source>Berlaku
sejak</source>
        <translation>Valid
from</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="123" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="124" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="125" />
        <source>Biaya/tahun
RT 4 jiwa</source>
        <translation>Cost/year
4-person HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="235" />
        <source>program daerah (buatan pengguna)</source>
        <translation>regional program (user-defined)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="235" />
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="277" />
        <location filename="../../widgets/scenario/program_table_model.py" line="400" />
        <source>tiap tahun</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="363" />
        <source>Register tidak mencatat jumlah anak sekolah, ibu hamil atau lansia per rumah tangga: jumlah komponen diperkirakan = porsi per anggota x jumlah anggota.</source>
        <translation>The register does not record the number of pupils, pregnant women or elderly per household: components are estimated = share per member x household members.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="366" />
        <source>Batas jumlah komponen per keluarga (PKH: 4). Kosong = tanpa batas.</source>
        <translation>Limit on components per family (PKH: 4). Empty = no limit.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="367" />
        <source>Berapa tahun komponen dibayar (pendampingan UMKM: 2). Kosong = tiap tahun.</source>
        <translation>For how many years the component is paid (UMKM mentoring: 2). Empty = every year.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="368" />
        <source>Tahun mulai berlakunya besaran ini (keputusan/peraturan).</source>
        <translation>Year from which this amount applies (decree/regulation).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="369" />
        <source>Perkiraan biaya setahun untuk rumah tangga 4 jiwa, sebagai pemeriksaan.</source>
        <translation>Estimated yearly cost for a 4-person household, as a check.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="400" />
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_model.py" line="405" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="56" />
        <source>Program kosong</source>
        <translation>Empty program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="56" />
        <source>Program daerah</source>
        <translation>Regional program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="57" />
        <source>Bantuan per keluarga</source>
        <translation>Aid per family</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="59" />
        <source>Penempatan kerja</source>
        <translation>Job placement</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="60" />
        <source>Pelatihan dan penempatan kerja satu anggota keluarga</source>
        <translation>Training and job placement for one family member</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="63" />
        <source>UMKM dengan pendampingan 2 tahun</source>
        <translation>UMKM with 2 years of mentoring</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="63" />
        <source>Dukungan UMKM dengan pendampingan</source>
        <translation>UMKM support with mentoring</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="64" />
        <source>Bantuan modal usaha</source>
        <translation>Business capital grant</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="65" />
        <source>Pendampingan usaha</source>
        <translation>Business mentoring</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="49" />
        <source>triliun</source>
        <translation>trillion</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="51" />
        <source>miliar</source>
        <translation>billion</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="53" />
        <source>juta</source>
        <translation>million</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="115" />
        <source>Berkas skenario {name} rusak atau terpotong dan tidak dapat dibuka. Berkas tidak diubah. Bila ada, buka salinan cadangan atau salinan pemulihan.</source>
        <translation>The scenario file {name} is damaged or truncated and cannot be opened. The file was not changed. If there is one, open a backup or recovery copy.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="120" />
        <source>Versi format berkas: {found}; versi ini membaca sampai versi {supported}.</source>
        <translation>File format version: {found}; this version reads up to version {supported}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="128" />
        <source>Dihitung pada: {file} ({n} rumah tangga{snap}).</source>
        <translation>Computed on: {file} ({n} households{snap}).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="129" />
        <source>berkas tanpa nama</source>
        <translation>unnamed file</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="136" />
        <source>nilainya negatif.</source>
        <translation>the value is negative.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="137" />
        <source>nilainya bukan angka.</source>
        <translation>the value is not a number.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="140" />
        <source>nilainya melebihi batas {ceiling} per tahun.</source>
        <translation>the value is above the limit of {ceiling} a year.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="144" />
        <source>Pagu anggaran di berkas skenario {name} tidak dapat dipakai: {reason} Berkas tidak diubah; perbaiki nilai budget_cap di berkas itu atau buka salinan lain.</source>
        <translation>The budget cap in the scenario file {name} cannot be used: {reason} The file was not changed; correct the budget_cap value in that file or open another copy.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_common.py" line="151" />
        <source>Program: {key}</source>
        <translation>Program: {key}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="94" />
        <source>Desil terendah lebih dulu</source>
        <translation>Lowest decile first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="94" />
        <source>Desil tertinggi lebih dulu</source>
        <translation>Highest decile first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="96" />
        <source>Jenis PPKS paling sedikit lebih dulu</source>
        <translation>Fewest PPKS types first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="97" />
        <source>Jenis PPKS paling banyak lebih dulu</source>
        <translation>Most PPKS types first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="100" />
        <source>Anggota rumah tangga paling sedikit lebih dulu</source>
        <translation>Fewest household members first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="101" />
        <source>Anggota rumah tangga paling banyak lebih dulu</source>
        <translation>Most household members first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="103" />
        <source>Biaya termurah lebih dulu</source>
        <translation>Cheapest first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="103" />
        <source>Biaya termahal lebih dulu</source>
        <translation>Most expensive first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="105" />
        <source>Paling sedikit program yang sudah diterima lebih dulu</source>
        <translation>Fewest programs already received first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="106" />
        <source>Paling banyak program yang sudah diterima lebih dulu</source>
        <translation>Most programs already received first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="30" />
        <source>Urutan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="31" />
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="33" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="34" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="35" />
        <source>Jenis PPKS</source>
        <translation>PPKS types</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="36" />
        <source>Layak untuk</source>
        <translation>Eligible for</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="33" />
        <location filename="../../widgets/scenario/cut_list.py" line="37" />
        <source>Biaya/tahun</source>
        <translation>Cost/year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="38" />
        <source>Kurang pagu</source>
        <translation>Budget short by</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="35" />
        <location filename="../../widgets/scenario/cut_list.py" line="39" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="114" />
        <source>Tambahan pagu yang diperlukan agar rumah tangga ini ikut terjangkau.</source>
        <translation>Additional budget needed for this household to be reached too.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="23" />
        <source>di luar pagu (urutan prioritas)</source>
        <translation>beyond the cap (priority order)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="79" />
        <source>Pilihan desa tidak bertingkat: anggaran lebih besar bisa memilih desa yang berbeda.</source>
        <extracomment>budgets tried for the chart, as multiples of the chosen budget the budget offered before the planner types one (Rupiah per year)</extracomment>
        <translation>The village pick is not nested: a larger budget may pick different villages.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="88" />
        <source>Desil 1-2 belum menerima bantuan apa pun</source>
        <translation>Deciles 1-2 receiving no aid at all</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="90" />
        <source>Desil 1 belum menerima bantuan apa pun</source>
        <translation>Decile 1 receiving no aid at all</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="94" />
        <source>Desil 1-4 belum menerima bantuan apa pun</source>
        <translation>Deciles 1-4 receiving no aid at all</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="97" />
        <source>Semua desil 1-2</source>
        <translation>All deciles 1-2</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="98" />
        <source>Semua desil 1-4</source>
        <translation>All deciles 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="28" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="31" />
        <source>RT sasaran</source>
        <translation>Target HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="32" />
        <source>RT layak</source>
        <translation>Eligible HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="34" />
        <source>Rp per RT sasaran</source>
        <translation>Rp per target HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="39" />
        <source>Urutan pengambilan: desa dikunci masuk, lalu RT sasaran per Rupiah terbaik</source>
        <translation>Order of picking: villages locked in, then best target HH per Rupiah</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="42" />
        <source>Rumah tangga sasaran yang dijangkau bila desa ini menjadi zona</source>
        <translation>Target households reached if this village becomes a zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="45" />
        <source>Rumah tangga yang layak menerima program terpilih di desa ini</source>
        <translation>Households eligible for the chosen programs in this village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="48" />
        <source>Biaya program ditambah biaya kunjungan desa, dibagi RT sasaran</source>
        <translation>Program cost plus the village visit cost, divided by the target households</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_proposals.py" line="51" />
        <source>Mengapa desa ini diusulkan; arahkan kursor ke baris untuk penjelasan lengkap</source>
        <translation>Why this village is proposed; hover over the row for the full explanation</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="51" />
        <source>Isi jumlahnya, misalnya 2 miliar atau 2.000.000.000.</source>
        <translation>Enter the amount, for example 2 billion or 2,000,000,000.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="54" />
        <source>“{text}” tidak terbaca sebagai jumlah Rupiah. Tulis misalnya 2 miliar, 2,5 M, 2.000.000.000 atau 2000 juta.</source>
        <translation>“{text}” cannot be read as an amount of Rupiah. Write for example 2 billion, 2.5 billion, 2,000,000,000 or 2000 million.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="58" />
        <source>Jumlah tidak boleh negatif. Isi 0 atau lebih.</source>
        <translation>The amount cannot be negative. Enter 0 or more.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="61" />
        <source>Terlalu besar: lebih dari {ceiling} per tahun, di atas anggaran provinsi mana pun. Periksa satuannya (juta, miliar).</source>
        <translation>Too large: more than {ceiling} a year, above any province's budget. Check the unit (million, billion).</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="66" />
        <source>Biaya total melampaui batas hitung ({ceiling}). Periksa besaran di tabel biaya program: ada angka yang jauh terlalu besar.</source>
        <translation>The total cost is beyond what can be counted ({ceiling}). Check the amounts in the program cost table: one of them is far too large.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="71" />
        <source>Biaya per rumah tangga program {key} melebihi {ceiling} per tahun. Periksa besaran, satuan dan porsi per anggota di tabel biaya program.</source>
        <translation>The cost per household of program {key} is above {ceiling} a year. Check the amount, unit and share per member in the program cost table.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="128" />
        <source>mis. 2 miliar</source>
        <translation>e.g. 2 billion</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="131" />
        <source>Rupiah per tahun. Boleh ditulis 2 miliar, 2,5 M, 2.000.000.000, 2000 juta atau Rp 750 jt.</source>
        <translation>Rupiah per year. May be written 2 billion, 2.5 billion, 2,000,000,000, 2000 million or Rp 750 million.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/money_edit.py" line="199" />
        <source>Yang dipakai tetap {amount}.</source>
        <translation>{amount} stays in use.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="18" />
        <source>dikunci masuk</source>
        <translation>locked in</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="19" />
        <source>peringkat {rank} dari {ranked}</source>
        <translation>rank {rank} of {ranked}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="26" />
        <source>{n} RT sasaran, biaya {total} (program {cost} + kunjungan {visit})</source>
        <translation>{n} target HH, cost {total} (program {cost} + visit {visit})</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="33" />
        <source>, {per} per RT sasaran</source>
        <translation>, {per} per target HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="35" />
        <source>. Dikunci masuk oleh perencana: diambil lebih dulu, berapa pun rasionya.</source>
        <translation>. Locked in by the planner: taken first, whatever its ratio.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_reasons.py" line="37" />
        <source>. Peringkat {rank} dari {ranked} desa karena RT sasaran per Rupiah (biaya program + kunjungan); diambil karena masih muat dalam sisa anggaran.</source>
        <translation>. Rank {rank} of {ranked} villages by target households per Rupiah (program cost + visit); taken because it still fits in the budget left.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="35" />
        <source>Sistem koordinat tidak tercantum dan koordinatnya bukan derajat: batas ini tidak dapat dimuat tanpa berkas .prj-nya.</source>
        <translation>No coordinate system is given and the coordinates are not degrees: these boundaries cannot be loaded without their .prj file.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="39" />
        <source>Judul kolom dua baris (baris {a}-{b}) digabung, mis. "{example}".</source>
        <translation>Two-row column header (rows {a}-{b}) joined, e.g. "{example}".</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="43" />
        <source>Data dibaca dari lembar "{sheet}" (lembar lain: {others}).</source>
        <translation>Data read from sheet "{sheet}" (other sheets: {others}).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="47" />
        <source>Nama kolom kosong atau ganda diganti: {cols}.</source>
        <translation>Empty or repeated column names replaced: {cols}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="51" />
        <source>Sistem koordinat tidak tercantum; dianggap WGS 84 (EPSG:4326).</source>
        <translation>No coordinate system given; WGS 84 (EPSG:4326) assumed.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="53" />
        <source>Sistem koordinat tidak dikenal: titik tidak dapat dipakai apa adanya.</source>
        <translation>Unknown coordinate system: the points cannot be used as they are.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="55" />
        <source>Koordinat diubah dari {src} ke WGS 84.</source>
        <translation>Coordinates converted from {src} to WGS 84.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="57" />
        <source>{n} fitur bukan titik: dipakai titik wakil di dalamnya.</source>
        <translation>{n} features are not points: a representative point inside each is used.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="66" />
        <source>{n} fitur batas tanpa kode desa 10 digit yang valid dilewati.</source>
        <translation>{n} boundary features without a valid 10-digit village code skipped.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="68" />
        <source>{n} fitur batas bukan poligon (titik/garis): desanya dimuat tanpa poligon.</source>
        <translation>{n} boundary features are not polygons (points/lines): their villages loaded without a polygon.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="70" />
        <source>{n} fitur batas tanpa geometri: desanya dimuat tanpa poligon.</source>
        <translation>{n} boundary features without geometry: their villages loaded without a polygon.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="71" />
        <source>{n} fitur batas dengan kode desa ganda digabung ke fitur pertama.</source>
        <translation>{n} boundary features with a repeated village code merged into the first.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="72" />
        <source>{n} poligon desa tidak valid diperbaiki.</source>
        <translation>{n} invalid village polygons repaired.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="74" />
        <source>{n} poligon desa rusak tanpa sisa bidang: desanya dimuat tanpa poligon.</source>
        <translation>{n} broken village polygons with no area left: their villages loaded without a polygon.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_words.py" line="76" />
        <source>{n} poligon kecamatan/kabupaten tidak valid diperbaiki.</source>
        <translation>{n} invalid kecamatan/kabupaten polygons repaired.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="24" />
        <source>berkoordinat: {own} · letak perkiraan: {approx}</source>
        <translation>own coords: {own} · approximate: {approx}</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="33" />
        <source>membelah {n} RT perkiraan di {m} desa</source>
        <translation>splits {n} approximate HH in {m} villages</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="44" />
        <source>Zona membelah {m} desa yang memiliki {n} rumah tangga letak perkiraan; {k} di antaranya terhitung di zona ini.</source>
        <translation>The zone splits {m} villages that have {n} approximately placed households; {k} of them are counted in this zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="49" />
        <source>Zona memotong desa yang rumah tangganya tanpa koordinat: mereka ditempatkan menurut aturan di desanya, jadi terhitung di dalam atau di luar zona bukan karena letak rumahnya.</source>
        <translation>The zone cuts villages whose households have no coordinates: they are placed by rule inside their village, so whether they count inside or outside the zone does not depend on where they live.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="59" />
        <source>Di zona: {total} RT ({own} berkoordinat sendiri, {approx} letak perkiraan)</source>
        <translation>In the zone: {total} HH ({own} with own coordinates, {approx} placed approximately)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="62" />
        <source>Dihitung di zona lain juga: {n} RT</source>
        <translation>Also counted in another zone: {n} HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="73" />
        <source>Jumlah semua zona: {sum} RT − {again} hitungan ganda ({several} RT berada di lebih dari satu zona) = {distinct} RT berbeda</source>
        <translation>Sum of all zones: {sum} HH − {again} double counts ({several} HH are in more than one zone) = {distinct} distinct HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="82" />
        <source>Jumlah semua zona: {distinct} RT berbeda (zona tidak tumpang tindih)</source>
        <translation>All zones: {distinct} distinct HH (the zones do not overlap)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/zone_text.py" line="88" />
        <source>{own} berkoordinat sendiri, {approx} letak perkiraan</source>
        <translation>{own} with own coordinates, {approx} placed approximately</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="23" />
        <source>batas wilayah</source>
        <translation>boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="24" />
        <source>data rumah tangga</source>
        <translation>household register</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="25" />
        <source>data PSKS</source>
        <translation>PSKS data</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="33" />
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="34" />
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="46" />
        <source>ukuran {old} → {new}</source>
        <translation>size {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="49" />
        <source>diubah {old} → {new}</source>
        <translation>modified {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="52" />
        <source>isi berbeda (ukuran dan waktu sama)</source>
        <translation>content differs (same size and time)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="61" />
        <source>{what} {name}: tidak ditemukan di tempatnya</source>
        <translation>{what} {name}: not found where it was</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="64" />
        <source>{what} {name}: berubah sejak proyek disimpan ({detail})</source>
        <translation>{what} {name}: changed since the project was saved ({detail})</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="67" />
        <source>{what} {name}: sama</source>
        <translation>{what} {name}: unchanged</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="71" />
        <source>{what}: {before} → {now} baris/unit setelah dibaca ulang</source>
        <translation>{what}: {before} → {now} rows/units after reading again</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="85" />
        <source>Proyek {name} dibuat oleh Sasaran yang lebih baru. Perbarui Sasaran untuk membukanya; berkas tidak diubah.</source>
        <translation>Project {name} was made by a newer Sasaran. Update Sasaran to open it; the file was not changed.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="89" />
        <source>Berkas {name} bukan proyek Sasaran (.sasaran).</source>
        <translation>The file {name} is not a Sasaran project (.sasaran).</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="92" />
        <source>Proyek {name} rusak atau terpotong. Berkas tidak diubah; buka salinan lain bila ada.</source>
        <translation>Project {name} is damaged or cut short. The file was not changed; open another copy if there is one.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="96" />
        <source>Proyek tidak menyebut berkas batas wilayah; tidak ada yang dapat dimuat.</source>
        <translation>The project names no boundary file; nothing can be loaded.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="101" />
        <source>Berkas data proyek tidak ditemukan (dipindah atau diganti nama). Tunjukkan letaknya yang baru:</source>
        <translation>Project data files not found (moved or renamed). Show where they are now:</translation>
    </message>
    <message>
        <location filename="../../widgets/base/project_words.py" line="105" />
        <source>Berkas data berubah sejak proyek disimpan; angka bisa berbeda dari kemarin:</source>
        <translation>Data files changed since the project was saved; figures may differ from yesterday:</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="64" />
        <source>keluarga tanpa letak (tanpa koordinat maupun desa yang dikenal)</source>
        <translation>families without a place (no coordinates, no known village)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="65" />
        <source>tidak ada pendamping dalam jangkauan</source>
        <translation>no mentor within reach</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="66" />
        <source>tidak ada pendamping berkompetensi sesuai dalam jangkauan</source>
        <translation>no mentor with a fitting competence within reach</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="67" />
        <source>kapasitas pendamping dalam jangkauan sudah terpakai</source>
        <translation>the capacity of the mentors within reach is used up</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="51" />
        <source>Perubahan bersih register per desa</source>
        <translation>Net change of the register per village</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="89" />
        <source>berkurang {n} KK atau lebih</source>
        <translation>{n} or more fewer families</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="90" />
        <source>berkurang</source>
        <translation>fewer</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="91" />
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="92" />
        <source>bertambah</source>
        <translation>more</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="93" />
        <source>bertambah {n} KK atau lebih</source>
        <translation>{n} or more more families</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/snapshot_change.py" line="95" />
        <source>Perubahan bersih register (KK)</source>
        <translation>Net change of the register (families)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="83" />
        <source>Garis pendamping (lebar peta &lt; {km} km)</source>
        <translation>Mentor lines (map width &lt; {km} km)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="140" />
        <source>Pendamping dan keluarganya</source>
        <translation>Mentors and their families</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="142" />
        <source>Garis tampil saat diperbesar (lebar peta &lt; {km} km)</source>
        <translation>Lines show when zoomed in (map width &lt; {km} km)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="146" />
        <source>Tidak ada pasangan pendamping–keluarga di tampilan</source>
        <translation>No mentor–family pairs in view</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="148" />
        <source>pendamping (kantor)</source>
        <translation>mentor (office)</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="150" />
        <source>keluarga berkoordinat sendiri</source>
        <translation>family with own coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/map/layers/mentor_lines.py" line="152" />
        <source>keluarga di titik desanya (letak perkiraan)</source>
        <translation>family at its village point (approximate place)</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/actions.py" line="21" />
        <source>1 Muat data</source>
        <extracomment>steps of the planner's work, in order: id, label (translated at use)</extracomment>
        <translation>1 Load data</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="22" />
        <source>2 Saring</source>
        <translation>2 Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="23" />
        <source>3 Zona</source>
        <translation>3 Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="24" />
        <source>4 Skenario</source>
        <translation>4 Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="25" />
        <source>5 Cetak</source>
        <translation>5 Print</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="30" />
        <source>&amp;Berkas</source>
        <extracomment>menus: id, title</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="31" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="32" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="33" />
        <source>&amp;Peta</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="34" />
        <source>&amp;Zona</source>
        <translation>&amp;Zones</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="35" />
        <source>S&amp;kenario</source>
        <translation>S&amp;cenario</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="36" />
        <source>Pe&amp;ngaturan</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="37" />
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="206" />
        <source>Buka proyek...</source>
        <translation>Open project...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="209" />
        <source>Buka proyek Sasaran: data, zona, skenario dan peta</source>
        <translation>Open a Sasaran project: data, zones, scenario and map</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="214" />
        <source>Simpan proyek</source>
        <translation>Save project</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="217" />
        <source>Simpan berkas data, zona, filter, skenario dan tampilan peta sebagai proyek</source>
        <translation>Save the data files, zones, filter, scenario and map view as a project</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="224" />
        <source>Simpan proyek sebagai...</source>
        <translation>Save project as...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="230" />
        <source>Buka data rumah tangga...</source>
        <translation>Open household data...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="234" />
        <source>Buka register rumah tangga (DTSEN, DTKS, P3KE, BDT)</source>
        <translation>Open a household register (DTSEN, DTKS, P3KE, BDT)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="240" />
        <source>Buka data PSKS...</source>
        <translation>Open PSKS data...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="246" />
        <source>Buka batas wilayah...</source>
        <translation>Open boundaries...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="252" />
        <source>Muat provinsi demo</source>
        <translation>Load the demo province</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="254" />
        <source>Data sintetis untuk mencoba aplikasi</source>
        <translation>Synthetic data to try the application</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="259" />
        <source>Ekspor zona...</source>
        <translation>Export zones...</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="261" />
        <source>Simpan zona sebagai GeoPackage atau GeoJSON</source>
        <translation>Save zones as GeoPackage or GeoJSON</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="266" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="273" />
        <source>Seluruh wilayah</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="277" />
        <source>Tampilkan seluruh provinsi</source>
        <translation>Show the whole province</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="283" />
        <source>Perbesar ke pilihan</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="290" />
        <source>Tampilkan data pribadi (sesi ini)</source>
        <translation>Show personal data (this session)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="292" />
        <source>Nama, NIK dan No. KK disamarkan; membukanya perlu konfirmasi (UU 27/2022)</source>
        <translation>Names, NIK and KK numbers are masked; showing them needs a confirmation (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="300" />
        <source>Kembalikan tata letak</source>
        <translation>Restore layout</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="306" />
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="314" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="322" />
        <source>Tentang Sasaran</source>
        <translation>About Sasaran</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="340" />
        <source>Panel langkah</source>
        <extracomment>docks whose visibility the View menu toggles: dock name, action text</extracomment>
        <translation>Step panel</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="341" />
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="342" />
        <source>Tabel atribut</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="343" />
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="344" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="345" />
        <source>Verifikasi lapangan</source>
        <translation>Field verification</translation>
    </message>
    <message>
        <location filename="../../desktop/actions.py" line="346" />
        <source>Bandingkan register</source>
        <translation>Compare registers</translation>
    </message>
</context>
<context>
    <name>AddProgramDialog</name>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="75" />
        <source>Tambah program daerah</source>
        <translation>Add regional program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="82" />
        <source>Huruf besar, angka dan garis bawah, diawali huruf.</source>
        <translation>Capital letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="88" />
        <source>mis. Perda/Pergub, DPA Dinas Sosial 2025</source>
        <translation>e.g. regional regulation, Social Affairs budget document 2025</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="92" />
        <location filename="../../widgets/scenario/add_program_dialog.py" line="104" />
        <source>Komponen</source>
        <translation>Component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="93" />
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="94" />
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="95" />
        <source>Besaran (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="96" />
        <source>Lama (tahun)</source>
        <translation>Duration (years)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="103" />
        <source>Tambah komponen</source>
        <translation>Add component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="106" />
        <source>Hapus komponen</source>
        <translation>Remove component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="112" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="113" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="118" />
        <source>Mulai dari contoh</source>
        <translation>Start from an example</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="119" />
        <source>Kunci</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="120" />
        <source>Nama program</source>
        <translation>Program name</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="121" />
        <source>Berlaku sejak</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="122" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="129" />
        <source>Komponen biaya</source>
        <translation>Cost components</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="186" />
        <source>tiap tahun</source>
        <translation>every year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="223" />
        <source>Diisi pengguna</source>
        <translation>Entered by user</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="237" />
        <source>Kunci hanya boleh huruf besar, angka dan garis bawah, diawali huruf.</source>
        <translation>The key may hold only capital letters, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="239" />
        <source>Kunci {key} sudah dipakai program lain.</source>
        <translation>Key {key} is already used by another program.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="241" />
        <source>Isi nama program.</source>
        <translation>Enter the program name.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="243" />
        <source>Tambahkan paling sedikit satu komponen biaya.</source>
        <translation>Add at least one cost component.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/add_program_dialog.py" line="245" />
        <source>Setiap komponen perlu nama dan besaran (angka Rupiah, tidak negatif).</source>
        <translation>Every component needs a name and an amount (Rupiah, not negative).</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="347" />
        <location filename="../../widgets/panels/attribute_table.py" line="473" />
        <source>Tampilkan data pribadi</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="350" />
        <source>Nama, NIK, No. KK dan alamat disamarkan (UU 27/2022). Menampilkannya perlu konfirmasi dan hanya berlaku untuk sesi ini.</source>
        <translation>Names, NIK, KK numbers and addresses are masked (Law 27/2022). Showing them needs a confirmation and lasts for this session only.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="461" />
        <source>{n} dari {total} rumah tangga (sesuai filter)</source>
        <translation>{n} of {total} households (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="473" />
        <source>Samarkan data pribadi</source>
        <translation>Mask personal data</translation>
    </message>
</context>
<context>
    <name>BudgetRangeChart</name>
    <message>
        <location filename="../../widgets/scenario/suggest_chart.py" line="34" />
        <source>RT sasaran terjangkau</source>
        <translation>Target HH reached</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_chart.py" line="35" />
        <source>Anggaran (miliar Rp per tahun)</source>
        <translation>Budget (billion Rp per year)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_chart.py" line="75" />
        <source>Dalam rentang ini setiap pilihan kebetulan memuat pilihan anggaran yang lebih kecil. Garis merah: anggaran terpilih.</source>
        <translation>In this range every pick happens to contain the pick for a smaller budget. Red line: chosen budget.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_chart.py" line="80" />
        <source>Titik oranye: anggaran yang lebih besar melepas desa yang terpilih pada anggaran lebih kecil ({n} desa dalam rentang ini). Garis merah: anggaran terpilih.</source>
        <translation>Orange dots: a larger budget drops villages picked at a smaller budget ({n} villages in this range). Red line: chosen budget.</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="118" />
        <source>Pagu per tahun</source>
        <translation>Cap per year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="122" />
        <source>Pagu anggaran per tahun dalam Rupiah: 2 miliar, 2,5 M, 2.000.000.000 atau 2000 juta. Yang terbaca tampil di sampingnya.</source>
        <translation>Yearly budget cap in Rupiah: 2 billion, 2.5 billion, 2,000,000,000 or 2000 million. What was read is shown beside it.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="167" />
        <source>Tidak dapat dihitung</source>
        <translation>Cannot be computed</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="171" />
        <source>Belum ada data rumah tangga</source>
        <translation>No household data yet</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="172" />
        <source>Muat data di langkah 1 untuk menghitung biaya.</source>
        <translation>Load data in step 1 to compute costs.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="175" />
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="181" />
        <source>Perhitungan dibatalkan; angka di atas belum mengikuti perubahan terakhir.</source>
        <translation>Computation cancelled; the figures above do not yet follow the last change.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="189" />
        <source>Belum ada zona</source>
        <translation>No zones yet</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="192" />
        <source>{cost} per tahun (tanpa pagu)</source>
        <translation>{cost} per year (no cap)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="195" />
        <source>Perlu {need} · pagu {cap}</source>
        <translation>Needs {need} · cap {cap}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="201" />
        <source>{cost} dari pagu {cap} ({pct})</source>
        <translation>{cost} of cap {cap} ({pct})</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="213" />
        <source>&lt;b&gt;{n}&lt;/b&gt; RT terjangkau · {p} jiwa · biaya {cost}/tahun</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; HH reached · {p} persons · cost {cost}/year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="222" />
        <source>&lt;span style='color:{red}'&gt;Pagu mengikat: &lt;b&gt;{n}&lt;/b&gt; RT layak terpotong&lt;/span&gt; (sisa pagu {left})</source>
        <translation>&lt;span style='color:{red}'&gt;Cap binds: &lt;b&gt;{n}&lt;/b&gt; eligible HH cut&lt;/span&gt; (cap left {left})</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="227" />
        <source>Sisa pagu {left}</source>
        <translation>Cap left {left}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/budget_meter.py" line="230" />
        <source>Komitmen program multi-tahun: {c}</source>
        <translation>Multi-year program commitments: {c}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../widgets/panels/charts.py" line="40" />
        <source>Sebaran desil (% RT)</source>
        <translation>Deciles (% of households)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="41" />
        <source>Cakupan program (% RT)</source>
        <translation>Program coverage (% of HH)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="76" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="91" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="96" />
        <source>Sebaran desil (% RT terfilter)</source>
        <translation>Deciles (% of filtered households)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="97" />
        <source>Cakupan program (% RT terfilter)</source>
        <translation>Program coverage (% of filtered HH)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="151" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="155" />
        <source>Tanpa program</source>
        <translation>No program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="160" />
        <source>Persen dari rumah tangga yang penerimaannya tercatat di berkas. Tanpa program: tidak menerima satu pun program yang tercatat.</source>
        <translation>Percent of the households whose receipt the file records. No program: receives none of the recorded programs.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/charts.py" line="164" />
        <source>Tidak ada di berkas (tidak diketahui): {programs}</source>
        <translation>Not in the file (unknown): {programs}</translation>
    </message>
</context>
<context>
    <name>ColumnMappingEditor</name>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="59" />
        <source>Simpan pemetaan...</source>
        <translation>Save mapping...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="61" />
        <source>Muat pemetaan...</source>
        <translation>Load mapping...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="90" />
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="122" />
        <source>Penerima {name}</source>
        <translation>Receives {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="124" />
        <source>tidak dikenal</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="127" />
        <source>Format: {layout} ({level}). Kolom yang tidak dipakai: {unmapped}</source>
        <translation>Layout: {layout} ({level}). Columns not used: {unmapped}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="129" />
        <source>satu baris per orang</source>
        <translation>one row per person</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="131" />
        <source>satu baris per keluarga</source>
        <translation>one row per family</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_mapping.py" line="137" />
        <source>Kolom PSKS dikenali otomatis; pemetaan ini hanya untuk diperiksa.</source>
        <translation>PSKS columns are recognised automatically; this mapping is for checking only.</translation>
    </message>
</context>
<context>
    <name>ComparisonCharts</name>
    <message>
        <location filename="../../widgets/scenario/comparison_charts.py" line="29" />
        <source>RT terjangkau per desil</source>
        <translation>HH reached per decile</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_charts.py" line="30" />
        <source>Biaya per tahun (miliar Rp)</source>
        <translation>Cost per year (billion Rp)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_charts.py" line="31" />
        <source>Cakupan desil 1-2 belum menerima (%)</source>
        <translation>Coverage of deciles 1-2 receiving nothing (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_charts.py" line="32" />
        <source>Biaya per RT desil 1-2 (juta Rp)</source>
        <translation>Cost per decile 1-2 HH (million Rp)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_charts.py" line="33" />
        <source>Inklusi desil 7-10 (% RT terjangkau)</source>
        <translation>Inclusion of deciles 7-10 (% of HH reached)</translation>
    </message>
</context>
<context>
    <name>ComparisonMap</name>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="241" />
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="258" />
        <source>{s} dibanding {base}</source>
        <translation>{s} against {base}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="289" />
        <source>Naik ({n} desa)</source>
        <translation>Gain ({n} villages)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="290" />
        <source>Turun ({n} desa)</source>
        <translation>Loss ({n} villages)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="291" />
        <source>Tetap ({n} desa)</source>
        <translation>Unchanged ({n} villages)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="301" />
        <source>Warna: rumah tangga terjangkau naik, turun atau tetap dibanding skenario dasar.</source>
        <translation>Colour: households reached gained, lost or unchanged against the baseline scenario.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="304" />
        <source>{n} desa tanpa batas wilayah tidak digambar.</source>
        <translation>{n} villages without boundaries are not drawn.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="210" />
        <source>Tambah berkas…</source>
        <extracomment>an earlier register snapshot (table, label) the first scenario can also run on</extracomment>
        <translation>Add file…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="212" />
        <source>Skenario saat ini</source>
        <translation>Current scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="213" />
        <source>Salinan skenario yang sedang disusun</source>
        <translation>Copy of the scenario being built</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="217" />
        <source>Contoh</source>
        <translation>Examples</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="218" />
        <source>Skenario contoh untuk provinsi demo</source>
        <translation>Example scenarios for the demo province</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="223" />
        <source>{a} dan {b}</source>
        <translation>{a} and {b}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="230" />
        <source>Jadikan dasar</source>
        <translation>Make baseline</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="232" />
        <source>Skenario terpilih menjadi pembanding dasar selisih per desa</source>
        <translation>The selected scenario becomes the baseline for the per-village difference</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="235" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="255" />
        <source>Skenario pertama dihitung pada register yang dibuka dan pada register pembanding (menu Bandingkan register), berdampingan.</source>
        <translation>The first scenario is computed on the open register and on the comparison register (Compare registers), side by side.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="264" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="268" />
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="269" />
        <source>Selisih per desa</source>
        <translation>Difference per village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="270" />
        <source>Peta naik/turun</source>
        <translation>Gain/loss map</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="287" />
        <source>Ekspor XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="288" />
        <source>Buku kerja berformat untuk bagian keuangan</source>
        <translation>Formatted workbook for the finance department</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="290" />
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="291" />
        <source>Satu berkas CSV per tabel</source>
        <translation>One CSV file per table</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="293" />
        <source>Data agregat; tidak memuat data pribadi.</source>
        <translation>Aggregate data; contains no personal data.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="303" />
        <source>&lt;b&gt;Skenario dibandingkan&lt;/b&gt; (2 sampai 5; yang pertama menjadi dasar)</source>
        <translation>&lt;b&gt;Scenarios compared&lt;/b&gt; (2 to 5; the first is the baseline)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="362" />
        <source>Perbandingan penuh</source>
        <translation>Full comparison</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="363" />
        <source>Hapus satu skenario sebelum menambah.</source>
        <translation>Remove one scenario before adding another.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="382" />
        <source>skenario saat ini (salinan)</source>
        <translation>current scenario (copy)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="389" />
        <location filename="../../widgets/scenario/comparison_view.py" line="415" />
        <source>Tambah skenario ke perbandingan</source>
        <translation>Add a scenario to the comparison</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="391" />
        <location filename="../../widgets/scenario/comparison_view.py" line="417" />
        <source>Skenario Sasaran (*.skenario.json)</source>
        <translation>Sasaran scenarios (*.skenario.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="403" />
        <source>dihitung ulang pada data sekarang (berkas dibuat pada data lain)</source>
        <translation>recomputed on the current data (file was made on other data)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="406" />
        <source>Skenario tidak dapat dibuka</source>
        <translation>Scenario cannot be opened</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="465" />
        <source> — dasar</source>
        <translation> — baseline</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="490" />
        <source>register pembanding</source>
        <translation>comparison register</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="495" />
        <source>Skenario pertama pada dua register: sekarang dan {name}</source>
        <translation>First scenario on two registers: the current one and {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="515" />
        <source>Tanpa nama</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="532" />
        <source>register sekarang</source>
        <translation>current register</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="543" />
        <source>Belum ada data rumah tangga.</source>
        <translation>No household data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="556" />
        <source>Membandingkan skenario…</source>
        <translation>Comparing scenarios…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="557" />
        <source>Menghitung perbandingan…</source>
        <translation>Computing the comparison…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="582" />
        <source>Perbandingan dibatalkan.</source>
        <translation>Comparison cancelled.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="606" />
        <source>Skenario {name} dihitung pada register sekarang dan pada {other}.</source>
        <translation>Scenario {name} computed on the current register and on {other}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="612" />
        <source>Tambahkan {k} skenario lagi: berkas, skenario saat ini, atau Contoh.</source>
        <translation>Add {k} more scenarios: a file, the current scenario, or Examples.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="617" />
        <source>Semua skenario dihitung pada data yang dibuka sekarang.</source>
        <translation>All scenarios computed on the data open now.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="619" />
        <source>* dibuat pada data lain: {names}.</source>
        <translation>* made on other data: {names}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="633" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="693" />
        <source>Ekspor perbandingan ke XLSX</source>
        <translation>Export comparison to XLSX</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="695" />
        <source>Ekspor perbandingan ke CSV</source>
        <translation>Export comparison to CSV</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="698" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="698" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="720" />
        <source>Menulis {name}…</source>
        <translation>Writing {name}…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="725" />
        <source>Perbandingan diekspor: {names}</source>
        <translation>Comparison exported: {names}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="726" />
        <source>Tersimpan: {names}</source>
        <translation>Saved: {names}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/comparison_view.py" line="730" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>CutList</name>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="135" />
        <source>Nama, NIK dan alamat tidak ditampilkan.</source>
        <translation>Names, NIK and addresses are not shown.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="161" />
        <source>{n} rumah tangga layak tidak terjangkau karena pagu, diurutkan menurut prioritas. Tambahan pagu untuk menjangkau semuanya: {more}.</source>
        <translation>{n} eligible households not reached because of the cap, in priority order. Additional budget to reach them all: {more}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/cut_list.py" line="166" />
        <source>Tidak ada rumah tangga yang terpotong pagu.</source>
        <translation>No households are cut by the cap.</translation>
    </message>
</context>
<context>
    <name>DataSummary</name>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="58" />
        <source>Belum ada data dimuat.</source>
        <translation>No data loaded yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="65" />
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="68" />
        <source>provinsi demo buatan untuk mencoba aplikasi. Angkanya bukan data sebenarnya; jangan dibawa ke rapat.</source>
        <translation>a made-up demo province for trying the application. Its figures are not real; do not take them to a meeting.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="74" />
        <source>Rumah tangga</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="75" />
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="76" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="77" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="78" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="79" />
        <source>PSKS dan pendamping</source>
        <translation>PSKS and facilitators</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="83" />
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="87" />
        <source>Baris dibaca</source>
        <translation>Rows read</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="88" />
        <source>Baris ditolak</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="89" />
        <source>Letak di peta</source>
        <translation>Location on the map</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="95" />
        <source>Program tidak ada di berkas</source>
        <translation>Programs not in the file</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="98" />
        <source>penerimaan tidak diketahui</source>
        <translation>receipt unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="102" />
        <source>Jenis PPKS</source>
        <translation>PPKS types</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="102" />
        <source>tidak ada di berkas (tidak diketahui)</source>
        <translation>not in the file (unknown)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/data_summary.py" line="111" />
        <source>Data memuat nama/NIK/No. KK; semuanya disamarkan di layar (UU 27/2022).</source>
        <translation>The data hold names/NIK/KK numbers; all are masked on screen (Law 27/2022).</translation>
    </message>
</context>
<context>
    <name>EligibilityEditor</name>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="128" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="129" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="130" />
        <source>Belum menerima</source>
        <translation>Not yet receiving</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="131" />
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="136" />
        <source>Desil yang layak, mis. 1-4 atau 1, 2 (kosong = semua desil)</source>
        <translation>Eligible deciles, e.g. 1-4 or 1, 2 (empty = every decile)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="138" />
        <source>Hanya rumah tangga yang belum menerima program ini menurut register. Bila register tidak memuat program itu, penerimaannya tidak diketahui: rumah tangga tetap layak dan dihitung terpisah di ringkasan.</source>
        <translation>Only households not yet receiving this program according to the register. Where the register does not record the program, receipt is unknown: the household stays eligible and is counted separately in the summary.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="142" />
        <source>Kode PPKS, mis. 8, 9 (kosong = tanpa syarat PPKS)</source>
        <translation>PPKS codes, e.g. 8, 9 (empty = no PPKS condition)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="153" />
        <source>Aturan bawaan</source>
        <translation>Default rule</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="155" />
        <source>Program terpilih kembali ke aturan bawaan: desil 1-4 yang belum menerima</source>
        <translation>Selected program back to the default rule: deciles 1-4 not yet receiving</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="160" />
        <source>Aturan bawaan: desil 1-4 yang belum menerima program itu. Penerimaan yang tidak tercatat di register dianggap belum, dan disebut di ringkasan.</source>
        <translation>Default rule: deciles 1-4 not yet receiving the program. Receipt the register does not record counts as not yet, and is stated in the summary.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="171" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="174" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="177" />
        <source>Balik arah</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="180" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="185" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="188" />
        <source>Bawaan</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="195" />
        <source>&lt;b&gt;Urutan prioritas&lt;/b&gt; bila pagu tidak cukup</source>
        <translation>&lt;b&gt;Priority order&lt;/b&gt; when the cap is not enough</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="198" />
        <source>Rumah tangga diurutkan menurut baris pertama, lalu baris berikutnya bila sama; sisa seri menurut urutan register.</source>
        <translation>Households are ordered by the first row, then by the next row when equal; remaining ties follow register order.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="207" />
        <source>&lt;b&gt;Siapa yang layak&lt;/b&gt; per program</source>
        <translation>&lt;b&gt;Who is eligible&lt;/b&gt; per program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="248" />
        <source>aturan bawaan</source>
        <translation>default rule</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="251" />
        <location filename="../../widgets/scenario/eligibility_editor.py" line="261" />
        <location filename="../../widgets/scenario/eligibility_editor.py" line="278" />
        <location filename="../../widgets/scenario/eligibility_editor.py" line="287" />
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="253" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="253" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/eligibility_editor.py" line="358" />
        <source>(semua sudah dipakai)</source>
        <translation>(all already used)</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="133" />
        <source>Atur ulang ke desil 1-4</source>
        <translation>Reset to deciles 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="143" />
        <source>Angka: rumah tangga dengan {what} ini yang juga memenuhi syarat lain yang sedang aktif.</source>
        <translation>Number: households with this {what} that also meet the other active conditions.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="149" />
        <source>Pilihan cepat</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="153" />
        <source>Angka: rumah tangga yang cocok.</source>
        <translation>Number: matching households.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="160" />
        <source>Desil kesejahteraan</source>
        <translation>Welfare decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="162" />
        <source>Desil 1 = 10 % termiskin secara nasional. Bantuan lazimnya untuk desil 1-4.</source>
        <translation>Decile 1 = the poorest 10 % nationally. Assistance usually targets deciles 1-4.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="166" />
        <source>desil</source>
        <translation>decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="173" />
        <source>Tanpa desil</source>
        <translation>No decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="177" />
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="179" />
        <source>Semua desil</source>
        <translation>All deciles</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="186" />
        <source>Jenis PPKS (salah satu)</source>
        <translation>PPKS types (any of)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="187" />
        <source>Rumah tangga dengan sedikitnya satu jenis PPKS yang dicentang.</source>
        <translation>Households with at least one of the ticked PPKS types.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="196" />
        <source>jenis PPKS</source>
        <translation>PPKS type</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="223" />
        <source>Berkas tidak memuat kolom PPKS: jenis PPKS tidak diketahui (bukan nol).</source>
        <translation>The file has no PPKS column: PPKS types are unknown (not zero).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="249" />
        <source>Program bantuan</source>
        <translation>Assistance programs</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="258" />
        <source>Belum menerima bantuan apa pun</source>
        <translation>Receives no assistance at all</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="260" />
        <source>Rumah tangga yang tidak menerima satu pun program yang tercatat untuknya (rumah tangga tanpa program tercatat sama sekali tidak dihitung).</source>
        <translation>Households that receive none of the programs recorded for them (households with no program recorded at all are not counted).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="264" />
        <location filename="../../widgets/panels/filter_panel.py" line="362" />
        <source>keadaan</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="278" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="279" />
        <source>Menerima</source>
        <translation>Receives</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="280" />
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="285" />
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="293" />
        <source>Menerima {name}.</source>
        <translation>Receives {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="295" />
        <source>Belum menerima {name}.</source>
        <translation>Does not receive {name} yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="304" />
        <source>Berkas tidak memuat kolom {name}: penerimaannya tidak diketahui, bukan "belum".</source>
        <translation>The file has no column for {name}: its receipt is unknown, not "not yet".</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="309" />
        <location filename="../../widgets/panels/filter_panel.py" line="394" />
        <location filename="../../widgets/panels/filter_panel.py" line="626" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="325" />
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="326" />
        <source>wilayah</source>
        <translation>area</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="333" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="334" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="335" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="355" />
        <source>Verifikasi lapangan</source>
        <translation>Field verification</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="358" />
        <source>Rumah tangga yang belum diverifikasi dalam sekian bulan terakhir (termasuk yang belum pernah).</source>
        <translation>Households not verified in the last so many months (including those never verified).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="372" />
        <source>Berkas tidak memuat kolom verifikasi: kapan terakhir diverifikasi tidak diketahui.</source>
        <translation>The file has no verification columns: when households were last verified is unknown.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="388" />
        <source>Semua (tanpa syarat verifikasi)</source>
        <translation>All (no verification condition)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="390" />
        <source>Belum diverifikasi dalam {n} bulan</source>
        <translation>Not verified in {n} months</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="552" />
        <source>{n} wilayah dipilih. Pilih satu di atas untuk menggantinya.</source>
        <translation>{n} areas chosen. Pick one above to replace them.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="561" />
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="600" />
        <source>Belum ada data rumah tangga.</source>
        <translation>No household data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="606" />
        <source>Berkas tidak memuat kolom PPKS: tidak diketahui.</source>
        <translation>The file has no PPKS column: unknown.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="618" />
        <source>{n} RT lain: penerimaannya tidak diketahui (tidak dihitung).</source>
        <translation>{n} other households: receipt unknown (not counted).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="634" />
        <source>{n} dari {total} rumah tangga cocok</source>
        <translation>{n} of {total} households match</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/filter_panel.py" line="655" />
        <source>Tidak ada di berkas, tidak diperiksa (tidak diketahui): {programs}.</source>
        <translation>Not in the file, not checked (unknown): {programs}.</translation>
    </message>
</context>
<context>
    <name>HouseholdModel</name>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="95" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="96" />
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="99" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="101" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="103" />
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="105" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="106" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="107" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="108" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="109" />
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="110" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="111" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="114" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="133" />
        <source>Data pribadi, disamarkan (UU 27/2022)</source>
        <translation>Personal data, masked (Law 27/2022)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="135" />
        <source>Data pribadi, ditampilkan untuk sesi ini</source>
        <translation>Personal data, shown for this session</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="176" />
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="179" />
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="206" />
        <source>tanpa lokasi</source>
        <translation>no location</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="208" />
        <source>perkiraan</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/attribute_table.py" line="209" />
        <source>koordinat</source>
        <translation>coordinates</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../../widgets/panels/identify.py" line="64" />
        <source>Klik desa, rumah tangga atau PSKS di peta untuk melihat rinciannya.</source>
        <translation>Click a village, household or PSKS on the map to see its details.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="122" />
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="135" />
        <source>Kelurahan</source>
        <translation>Kelurahan (urban village)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="135" />
        <source>Desa</source>
        <translation>Desa (village)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="137" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="138" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="139" />
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="140" />
        <source>Rumah tangga (semua)</source>
        <translation>Households (all)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="141" />
        <source>Sesuai filter</source>
        <translation>Filtered</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="142" />
        <source>Jiwa (sesuai filter)</source>
        <translation>Persons (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="144" />
        <source>Per desil (sesuai filter)</source>
        <translation>By decile (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="147" />
        <location filename="../../widgets/panels/identify.py" line="200" />
        <source>Belum menerima program</source>
        <translation>Receiving no program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="156" />
        <source>PPKS terbanyak</source>
        <translation>Most frequent PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="165" />
        <source>PSKS</source>
        <translation>PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="176" />
        <source>(dari program yang tercatat)</source>
        <translation>(of the recorded programs)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="178" />
        <source>{n} RT tanpa program tercatat</source>
        <translation>{n} households without any recorded program</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="191" />
        <source>{n} desa</source>
        <translation>{n} villages</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="193" />
        <source>poligon</source>
        <translation>polygon</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="197" />
        <source>Rumah tangga (sesuai filter)</source>
        <translation>Households (filtered)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="198" />
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="199" />
        <source>Desil 1-4</source>
        <translation>Decile 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="201" />
        <source>Letak perkiraan</source>
        <translation>Placed approximately</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="232" />
        <source>tanpa lokasi</source>
        <translation>no location</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="234" />
        <source>perkiraan di dalam desanya (tanpa koordinat sendiri)</source>
        <translation>approximate, inside its village (no coordinates of its own)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="237" />
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="239" />
        <location filename="../../widgets/panels/identify.py" line="304" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="240" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="241" />
        <source>No. KK</source>
        <translation>KK no.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="242" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="242" />
        <source>(disamarkan)</source>
        <translation>(masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="249" />
        <location filename="../../widgets/panels/identify.py" line="307" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="252" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="252" />
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="254" />
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="258" />
        <source>PPKS</source>
        <translation>PPKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="264" />
        <source>Program diterima</source>
        <translation>Programs received</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="267" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="271" />
        <source>Tidak diketahui</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="273" />
        <location filename="../../widgets/panels/identify.py" line="312" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="274" />
        <source>Baris di berkas</source>
        <translation>Row in file</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="277" />
        <source>Data pribadi ditampilkan untuk sesi ini (UU 27/2022).</source>
        <translation>Personal data shown for this session (Law 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="279" />
        <source>Nama, NIK, No. KK dan alamat disamarkan.</source>
        <translation>Names, NIK, KK numbers and addresses are masked.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="300" />
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="196" />
        <location filename="../../widgets/panels/identify.py" line="301" />
        <source>Bentuk</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="310" />
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="313" />
        <source>perkiraan</source>
        <translation>approximate</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/identify.py" line="317" />
        <source>Sumber daya program, bukan jenis PSKS</source>
        <translation>Program resource, not a PSKS type</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="157" />
        <source>Buka data</source>
        <translation>Open data</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="163" />
        <source>Jenis data:</source>
        <translation>Kind of data:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="166" />
        <source>Rumah tangga (DTSEN, DTKS, P3KE, BDT)</source>
        <translation>Households (DTSEN, DTKS, P3KE, BDT)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="167" />
        <source>PSKS / sumber daya</source>
        <translation>PSKS / resources</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="168" />
        <source>Batas desa/kelurahan</source>
        <translation>Village boundaries</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="180" />
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="181" />
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="187" />
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="190" />
        <source>Layer/lembar:</source>
        <translation>Layer/sheet:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="205" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="221" />
        <source>Pemetaan kolom</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="230" />
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="237" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="240" />
        <source>Periksa dan muat</source>
        <translation>Check and load</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="243" />
        <source>Gunakan data ini</source>
        <translation>Use these data</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="246" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="281" />
        <source>Batas baru mengosongkan lapisan rumah tangga dan PSKS: muat keduanya lagi sesudahnya.</source>
        <translation>New boundaries empty the household and PSKS layers: load both again afterwards.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="287" />
        <source>Belum ada batas desa: muat batas wilayah dulu agar data dapat dipetakan.</source>
        <translation>No village boundaries yet: load boundaries first so the data can be mapped.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="295" />
        <source>Pilih berkas data</source>
        <translation>Choose a data file</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="308" />
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="334" />
        <source>{rows} baris dibaca.</source>
        <translation>{rows} rows read.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="336" />
        <source>{rows} baris dibaca. Format dikenali: {layout}.</source>
        <translation>{rows} rows read. Layout recognised: {layout}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="341" />
        <source>{rows} baris dibaca. Format tidak dikenali otomatis: periksa tab Pemetaan kolom.</source>
        <translation>{rows} rows read. Layout not recognised automatically: check the Column mapping tab.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="374" />
        <source>judul kolom di baris {row}</source>
        <translation>column names on row {row}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="376" />
        <source>encoding {enc}</source>
        <translation>encoding {enc}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="378" />
        <source>pemisah '{sep}'</source>
        <translation>separator '{sep}'</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="379" />
        <source>{n} baris pertama.</source>
        <translation>First {n} rows.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="384" />
        <source>Kolom data pribadi disamarkan.</source>
        <translation>Personal data columns are masked.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="401" />
        <source>Simpan pemetaan kolom</source>
        <translation>Save column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="401" />
        <location filename="../../widgets/panels/import_dialog.py" line="415" />
        <source>Pemetaan (*.json)</source>
        <translation>Mapping (*.json)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="410" />
        <source>Pemetaan disimpan ke {name}.</source>
        <translation>Mapping saved to {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="415" />
        <source>Muat pemetaan kolom</source>
        <translation>Load column mapping</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="429" />
        <source>Pemetaan dimuat dari {name}.</source>
        <translation>Mapping loaded from {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="459" />
        <source>Memeriksa dan memuat...</source>
        <translation>Checking and loading...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="475" />
        <source>Dibatalkan. Tidak ada yang diubah.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="497" />
        <source>{name} tidak dapat dibaca sebagai data jenis ini: isinya tidak seperti yang diharapkan. Periksa berkasnya dan jenis data yang dipilih. Tidak ada yang diubah.</source>
        <translation>{name} cannot be read as this kind of data: its content is not what was expected. Check the file and the kind of data chosen. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="515" />
        <source>Batas wilayah siap. Tekan "Gunakan data ini".</source>
        <translation>Boundaries ready. Press "Use these data".</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="520" />
        <source>Pemeriksaan selesai. Tekan "Gunakan data ini" untuk memakainya.</source>
        <translation>Check done. Press "Use these data" to use them.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="529" />
        <source>Simpan baris bermasalah</source>
        <translation>Save problem rows</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="531" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="544" />
        <source>Baris bermasalah disimpan ke {name}.</source>
        <translation>Problem rows saved to {name}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_dialog.py" line="584" />
        <source>{name} dipakai.</source>
        <translation>{name} is in use.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="55" />
        <source>Baris</source>
        <extracomment>problem rows listed in the table (all of them go to the CSV)</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="55" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="55" />
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="55" />
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="63" />
        <source>Simpan baris bermasalah...</source>
        <translation>Save problem rows...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="69" />
        <source>Baris ditolak dan peringatan:</source>
        <translation>Rejected rows and warnings:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="86" />
        <source>{n} desa/kelurahan, {k} kecamatan, {b} kabupaten/kota.</source>
        <translation>{n} villages, {k} districts, {b} regencies/cities.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="89" />
        <source>{n} desa tanpa poligon.</source>
        <translation>{n} villages without a polygon.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="106" />
        <source>desil</source>
        <translation>decile</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="107" />
        <source>jumlah anggota keluarga</source>
        <translation>household size</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="108" />
        <source>jenis PPKS</source>
        <translation>PPKS types</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="109" />
        <source>koordinat</source>
        <translation>coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="110" />
        <source>kode atau nama desa</source>
        <translation>village code or name</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="116" />
        <source>&lt;b&gt;Program tidak ada di berkas&lt;/b&gt; (penerimaannya tidak diketahui, bukan "belum"): {programs}</source>
        <translation>&lt;b&gt;Programs not in the file&lt;/b&gt; (receipt unknown, not "not yet"): {programs}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="123" />
        <source>&lt;b&gt;Kolom tidak ada di berkas&lt;/b&gt; (nilainya tidak diketahui): {fields}</source>
        <translation>&lt;b&gt;Columns not in the file&lt;/b&gt; (values unknown): {fields}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="132" />
        <source>rumah tangga</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="132" />
        <source>PSKS</source>
        <translation>PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="136" />
        <source>&lt;b&gt;{read}&lt;/b&gt; baris dibaca, &lt;b&gt;{kept}&lt;/b&gt; {what} dimuat, &lt;b&gt;{rej}&lt;/b&gt; baris ditolak.</source>
        <translation>&lt;b&gt;{read}&lt;/b&gt; rows read, &lt;b&gt;{kept}&lt;/b&gt; {what} loaded, &lt;b&gt;{rej}&lt;/b&gt; rows rejected.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="146" />
        <source>Ditolak karena:</source>
        <translation>Rejected because:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="152" />
        <source>Peringatan (data tetap dimuat):</source>
        <translation>Warnings (data still loaded):</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="157" />
        <source>Letak di peta:</source>
        <translation>Location on the map:</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="160" />
        <source>Kode desa tak dikenal: {codes}</source>
        <translation>Unknown village codes: {codes}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="175" />
        <source>(ditolak)</source>
        <translation>(rejected)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/import_report.py" line="183" />
        <source>… dan {n} lagi: simpan ke CSV untuk melihat semuanya.</source>
        <translation>… and {n} more: save to CSV to see them all.</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="84" />
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="88" />
        <source>Buka data...</source>
        <translation>Open data...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="91" />
        <source>Buka data rumah tangga, PSKS atau batas desa (GPKG, SHP, GeoJSON, CSV, XLSX, ...)</source>
        <translation>Open household, PSKS or village boundary data (GPKG, SHP, GeoJSON, CSV, XLSX, ...)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="103" />
        <source>Lapisan peta</source>
        <translation>Map layers</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="106" />
        <source>Centang untuk menampilkan; urutan atas menutupi bawah.</source>
        <translation>Tick to show; upper layers cover lower ones.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="112" />
        <source>Naikkan lapisan</source>
        <translation>Move layer up</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="116" />
        <source>Turunkan lapisan</source>
        <translation>Move layer down</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="119" />
        <source>Perbesar ke lapisan</source>
        <translation>Zoom to layer</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="123" />
        <source>Kepekatan lapisan terpilih</source>
        <translation>Opacity of the selected layer</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="131" />
        <source>Kepekatan</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="137" />
        <source>Peta belum tersedia di jendela ini.</source>
        <translation>No map in this window.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="142" />
        <source>Warna desa</source>
        <translation>Village colours</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="354" />
        <source>(tanpa warna)</source>
        <translation>(no colour)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="164" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="165" />
        <source>Pembagian kelas</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="166" />
        <source>Jumlah kelas</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="167" />
        <source>Palet</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="201" />
        <source>Belum ada data dimuat.</source>
        <translation>No data loaded yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="207" />
        <source>DATA SINTETIS: provinsi demo, bukan data sebenarnya.</source>
        <translation>SYNTHETIC DATA: demo province, not real data.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="211" />
        <source>{hh} rumah tangga · {v} desa/kelurahan · {p} PSKS</source>
        <translation>{hh} households · {v} villages · {p} PSKS</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/layer_panel.py" line="220" />
        <source>Sumber: {src}</source>
        <translation>Source: {src}</translation>
    </message>
</context>
<context>
    <name>MentorPanel</name>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="100" />
        <source>Buka daftar pendamping…</source>
        <translation>Open mentor list…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="102" />
        <source>Ikutkan PSKS (PSM, TKSK, pendamping PKH, ASN)</source>
        <translation>Include PSKS (PSM, TKSK, PKH facilitators, civil servants)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="111" />
        <source>tanpa batas</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="114" />
        <source>tidak dibatasi wilayah</source>
        <translation>not limited by area</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="115" />
        <source>kecamatan yang sama</source>
        <translation>same district (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="116" />
        <source>kabupaten/kota yang sama</source>
        <translation>same regency/city</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="121" />
        <source>diutamakan (penalti jarak)</source>
        <translation>preferred (distance penalty)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="122" />
        <source>wajib sesuai</source>
        <translation>must fit</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="123" />
        <source>tidak diperhitungkan</source>
        <translation>not considered</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="132" />
        <source>desil terendah lebih dulu</source>
        <translation>lowest decile first</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="133" />
        <source>tanpa prioritas</source>
        <translation>no priority</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="136" />
        <source>Jarak maksimum</source>
        <translation>Maximum distance</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="137" />
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="138" />
        <source>Kompetensi</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="139" />
        <source>Penalti kompetensi</source>
        <translation>Competence penalty</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="140" />
        <source>Prioritas keluarga</source>
        <translation>Family priority</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="142" />
        <source>Cocokkan</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="146" />
        <source>Ekspor daftar keluarga per pendamping (RAHASIA)...</source>
        <translation>Export family lists per mentor (CONFIDENTIAL)...</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="150" />
        <source>Daftar rujukan per desa…</source>
        <translation>Referral lists per village…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="159" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="159" />
        <source>Pendamping</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="159" />
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="159" />
        <source>Kapasitas</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="191" />
        <source>Buka daftar pendamping</source>
        <translation>Open mentor list</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="191" />
        <source>Tabel (*.csv *.xlsx *.xls)</source>
        <translation>Tables (*.csv *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="215" />
        <source>Pendamping: {file}, {n} orang, kapasitas {cap} keluarga</source>
        <translation>Mentors: {file}, {n} people, capacity {cap} families</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="219" />
        <source>({n} baris ditolak; lihat sasaran mentors check)</source>
        <translation>({n} rows rejected; see sasaran mentors check)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="269" />
        <source>Belum ada daftar pendamping.</source>
        <translation>No mentor list yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="273" />
        <source>Keluarga yang dicocokkan: {n} (filter saat ini)</source>
        <translation>Families to match: {n} (current filter)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="284" />
        <source>Buka daftar pendamping atau muat lapisan PSKS dahulu.</source>
        <translation>Open a mentor list or load the PSKS layer first.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="291" />
        <source>Mencocokkan pendamping…</source>
        <translation>Matching mentors…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="292" />
        <source>Menghitung…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="346" />
        <source>Skenario memuat pencocokan pendamping ({n} pasangan, daftar {file}). Buka data rumah tangga dan daftar pendamping yang sama untuk menampilkannya.</source>
        <translation>The scenario holds a mentor matching ({n} pairs, list {file}). Open the same household data and mentor list to show it.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="355" />
        <source>Pencocokan pendamping di skenario dibuat pada data lain (data rumah tangga atau daftar pendamping {file} berbeda dari yang dibuka). Tekan Cocokkan untuk mencocokkan ulang.</source>
        <translation>The scenario's mentor matching was made on other data (the household data or the mentor list {file} differ from those open). Press Match to match again.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="368" />
        <source>Pencocokan tersimpan di skenario ({n} pasangan).</source>
        <translation>Matching saved in the scenario ({n} pairs).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="391" />
        <source>Daftar berisi data pribadi</source>
        <translation>The lists contain personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="393" />
        <source>Daftar memuat nama pendamping serta nama dan alamat keluarga, ditandai RAHASIA (UU 27/2022). Penulisan dicatat di log: siapa, kapan, desa mana, berapa keluarga. Lanjutkan?</source>
        <translation>The lists hold the mentors' names and the families' names and addresses, marked CONFIDENTIAL (Law 27/2022). The export is recorded in the log: who, when, which villages, how many families. Continue?</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="402" />
        <source>Simpan daftar per pendamping</source>
        <translation>Save lists per mentor</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="405" />
        <source>Daftar tidak ditulis</source>
        <translation>Lists not written</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="413" />
        <source>{n} keluarga ditulis ke {file} dan dicatat di log.</source>
        <translation>{n} families written to {file} and recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="442" />
        <source>semua pasangan diperhitungkan</source>
        <translation>every allowed pair considered</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="445" />
        <source>{k} kandidat terdekat per keluarga, dibuktikan dengan biaya tereduksi</source>
        <translation>{k} nearest candidates per family, proven by reduced costs</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="448" />
        <source>optimal</source>
        <translation>optimal</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="450" />
        <source>Keluarga terdampingi</source>
        <translation>Families with a mentor</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="452" />
        <source>Total jarak (km)</source>
        <translation>Total distance (km)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="457" />
        <source>Optimal</source>
        <translation>Optimal</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="458" />
        <source>Terdekat yang masih ada tempat</source>
        <translation>Nearest with room</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="459" />
        <source>Pemecah OR-Tools: {status}; {proof}.</source>
        <translation>OR-Tools solver: {status}; {proof}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="475" />
        <source>Tanpa pendamping:</source>
        <translation>Without a mentor:</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/mentor_panel.py" line="483" />
        <source>{n} keluarga memakai titik desanya (letak perkiraan).</source>
        <translation>{n} families use their village's point (approximate place).</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <location filename="../../widgets/output/output_page.py" line="102" />
        <source>Lembar peta untuk rapat (PDF/PNG, A4 atau A3, dengan legenda, skala, sumber data dan baris privasi) dan peta web (HTML) dibuat dari yang tampil sekarang: filter, zona dan data yang dimuat.</source>
        <translation>Meeting map sheets (PDF/PNG, A4 or A3, with legend, scale, data sources and a privacy line) and the web map (HTML) are made from what is shown now: the filter, the zones and the loaded data.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/output_page.py" line="108" />
        <source>Lembar peta (PDF)...</source>
        <translation>Map sheet (PDF)...</translation>
    </message>
    <message>
        <location filename="../../widgets/output/output_page.py" line="110" />
        <source>Peta web (HTML)...</source>
        <translation>Web map (HTML)...</translation>
    </message>
    <message>
        <location filename="../../widgets/output/output_page.py" line="114" />
        <source>Keduanya agregat per desa secara bawaan; titik rumah tangga adalah data pribadi dan hanya tampil bila dipilih dengan sengaja.</source>
        <translation>Both are aggregated per village by default; household points are personal data and only appear when chosen on purpose.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/output_page.py" line="180" />
        <source>Zona peta web {n}</source>
        <translation>Web map zone {n}</translation>
    </message>
</context>
<context>
    <name>ProgramTableDialog</name>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="102" />
        <source>Tabel biaya program</source>
        <translation>Program cost table</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="110" />
        <source>tidak disebut</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="115" />
        <source> jiwa</source>
        <translation> persons</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="118" />
        <source>Ukuran rumah tangga yang dipakai bila register tidak mencatat jumlah anggota.</source>
        <translation>Household size used when the register does not record the number of members.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="154" />
        <source>Tambah program daerah…</source>
        <translation>Add regional program…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="155" />
        <source>Tambah komponen</source>
        <translation>Add component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="157" />
        <source>Komponen biaya baru untuk program daerah terpilih</source>
        <translation>New cost component for the selected regional program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="159" />
        <location filename="../../widgets/scenario/program_table_dialog.py" line="335" />
        <source>Hapus program</source>
        <translation>Remove program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="160" />
        <source>Kembalikan ke tabel bawaan…</source>
        <translation>Restore the default table…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="173" />
        <source>Besaran adalah data dengan tahun dan sumber: cocokkan dengan keputusan yang berlaku sebelum rapat anggaran. Klik dua kali sel untuk mengubah. Perubahan langsung dipakai meter anggaran; program bawaan dapat diubah, tidak dihapus.</source>
        <translation>Amounts are data with a year and a source: check them against the decree in force before the budget meeting. Double-click a cell to change it. Changes are used by the budget meter at once; default programs can be changed, not removed.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="183" />
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="186" />
        <source>Batalkan perubahan</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="192" />
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="194" />
        <source>Tahun anggaran</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="196" />
        <source>RT tanpa jumlah anggota dihitung</source>
        <translation>HH without member count counted as</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="256" />
        <source>… dan {n} masalah lain.</source>
        <translation>… and {n} other problems.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="258" />
        <source>Tabel belum dapat dipakai:</source>
        <translation>The table cannot be used yet:</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="266" />
        <source>Besaran tidak diubah: {why}</source>
        <translation>Amount not changed: {why}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="285" />
        <source>Program bawaan tidak dapat dihapus; ubah besarannya bila perlu.</source>
        <translation>Default programs cannot be removed; change their amounts if needed.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="319" />
        <source>Komponen baru</source>
        <translation>New component</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="336" />
        <source>Hapus program {name} dari tabel biaya?</source>
        <translation>Remove program {name} from the cost table?</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="338" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="339" />
        <location filename="../../widgets/scenario/program_table_dialog.py" line="360" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="341" />
        <source>Zona yang memberikan program ini tidak lagi dapat dihitung.</source>
        <translation>Zones that deliver this program can no longer be computed.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="353" />
        <source>Kembalikan ke tabel bawaan</source>
        <translation>Restore the default table</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="355" />
        <source>Semua besaran kembali ke tabel bawaan Sasaran dan program daerah buatan sendiri dihapus.</source>
        <translation>All amounts return to the Sasaran default table and your own regional programs are removed.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/program_table_dialog.py" line="359" />
        <source>Kembalikan</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../widgets/base/progress_dialog.py" line="53" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/base/progress_dialog.py" line="80" />
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>ReferralListDialog</name>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="48" />
        <source>Daftar rujukan per desa</source>
        <translation>Referral lists per village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="54" />
        <source>Semua desa dalam filter</source>
        <translation>All villages in the filter</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="59" />
        <source>{code} {name}: {n} rujukan, {u} tidak diketahui</source>
        <translation>{code} {name}: {n} referrals, {u} unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="67" />
        <source>Perlu dirujuk</source>
        <translation>To refer</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="68" />
        <source>Penerimaan tidak diketahui (periksa dahulu)</source>
        <translation>Receipt unknown (check first)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="74" />
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="75" />
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="76" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="77" />
        <source>ID keluarga</source>
        <translation>Family ID</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="78" />
        <source>NIK (disamarkan)</source>
        <translation>NIK (masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="79" />
        <source>Nama (disamarkan)</source>
        <translation>Name (masked)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="80" />
        <source>Desil</source>
        <translation>Decile</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="85" />
        <source>Sertakan nama dan alamat (RAHASIA)</source>
        <translation>Include names and addresses (CONFIDENTIAL)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="87" />
        <source>Simpan daftar…</source>
        <translation>Save lists…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="95" />
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="96" />
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="115" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="115" />
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="115" />
        <source>Juga di zona lain</source>
        <translation>Also in another zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="116" />
        <source>Dirujuk {program}</source>
        <translation>To refer {program}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="117" />
        <source>{n} program</source>
        <translation>{n} programs</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="118" />
        <source>Program tidak diketahui</source>
        <translation>Programs unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="129" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="140" />
        <source>Per zona, keluarga dalam filter. Jumlah zona {total} − {twice} terhitung lebih dari sekali = {distinct} keluarga berbeda.</source>
        <translation>Per zone, families in the filter. Sum of zones {total} − {twice} counted more than once = {distinct} distinct families.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="147" />
        <source>Rujukan dan sinergi per zona</source>
        <translation>Referrals and synergy per zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="167" />
        <source>{n} baris, {f} keluarga; NIK dan nama disamarkan.</source>
        <translation>{n} rows, {f} families; NIK and names masked.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="171" />
        <source>Pratinjau menampilkan {k} baris pertama.</source>
        <translation>The preview shows the first {k} rows.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="181" />
        <source>Daftar berisi data pribadi</source>
        <translation>The lists contain personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="183" />
        <source>Berkas akan memuat NIK utuh, nama dan alamat keluarga, ditandai RAHASIA (UU 27/2022) di setiap lembar dan halaman cetak. Penulisan dicatat di log: siapa, kapan, desa mana, berapa keluarga. Lanjutkan?</source>
        <translation>The file will contain the families' full NIK, names and addresses, marked CONFIDENTIAL (RAHASIA, Law 27/2022) on every sheet and printed page. Writing it is recorded in the log: who, when, which villages, how many families. Continue?</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="208" />
        <source>Simpan daftar rujukan</source>
        <translation>Save referral lists</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="211" />
        <source>Daftar tidak ditulis</source>
        <translation>Lists not written</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="218" />
        <source>{f} keluarga ditulis ke {file} dengan nama dan alamat (RAHASIA), dicatat di log.</source>
        <translation>{f} families written to {file} with names and addresses (CONFIDENTIAL), recorded in the log.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/referral_dialog.py" line="221" />
        <source>{f} keluarga ditulis ke {file}; NIK dan nama disamarkan.</source>
        <translation>{f} families written to {file}; NIK and names masked.</translation>
    </message>
</context>
<context>
    <name>RoundPanel</name>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="73" />
        <source>Desil 1-4 tidak menerima program apa pun (dugaan eksklusi)</source>
        <translation>Deciles 1-4 receiving no program (suspected exclusion)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="74" />
        <source>Desil 7-10 menerima bantuan (dugaan inklusi)</source>
        <translation>Deciles 7-10 receiving aid (suspected inclusion)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="75" />
        <source>NIK/KK rusak atau ganda</source>
        <translation>Damaged or duplicate NIK/KK</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="76" />
        <source>Tanpa koordinat</source>
        <translation>No coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="77" />
        <source>Belum diverifikasi dalam N bulan</source>
        <translation>Not verified in N months</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="81" />
        <source>Rumah tangga yang diverifikasi</source>
        <translation>Households to verify</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="92" />
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="94" />
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="100" />
        <source>Petugas (PSM/TKSK), satu per baris</source>
        <translation>Verifiers (PSM/TKSK), one per line</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="105" />
        <source>Ambil PSM dan TKSK dari layer PSKS</source>
        <translation>Take PSM and TKSK from the PSKS layer</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="110" />
        <source>Petugas</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="110" />
        <source>Desa</source>
        <translation>Villages</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="110" />
        <source>RT</source>
        <translation>HH</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="118" />
        <source>Tulis lembar kerja…</source>
        <translation>Write worksheets…</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="120" />
        <source>Lembar kerja memuat nama dan alamat (RAHASIA); penulisannya dicatat di log.</source>
        <translation>Worksheets carry names and addresses (CONFIDENTIAL); writing them is logged.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="123" />
        <source>Impor hasil…</source>
        <translation>Import results…</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="125" />
        <source>Terapkan…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="175" />
        <source>Belum ada data dimuat.</source>
        <translation>No data loaded yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="180" />
        <source>Wilayah: seluruh provinsi (pilih wilayah di filter untuk mempersempit).</source>
        <translation>Area: the whole province (choose an area in the filter to narrow it).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="182" />
        <source>Wilayah: %1 desa dari filter saat ini.</source>
        <translation>Area: %1 villages of the current filter.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="202" />
        <source>Rumah tangga terpilih: %1</source>
        <translation>Households selected: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="239" />
        <source>Lembar kerja berisi data pribadi</source>
        <translation>Worksheets contain personal data</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="241" />
        <source>Lembar kerja memuat nama kepala keluarga, nomor KK dan alamat, ditandai RAHASIA (UU 27/2022). Penulisan dicatat di log: siapa, kapan, desa mana, berapa orang. Lanjutkan?</source>
        <translation>Worksheets carry the head of family's name, KK number and address, marked RAHASIA (confidential, UU 27/2022). Writing them is logged: who, when, which villages, how many people. Continue?</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="248" />
        <source>Folder lembar kerja</source>
        <translation>Worksheet folder</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="254" />
        <source>Lembar kerja tidak ditulis</source>
        <translation>Worksheets not written</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="257" />
        <source>%1 lembar kerja ditulis dan dicatat di log.</source>
        <translation>%1 worksheets written and logged.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="269" />
        <source>Hasil dari %1 lembar (belum diterapkan):</source>
        <translation>Results from %1 worksheets (not applied yet):</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="273" />
        <source>Baris ditolak: %1</source>
        <translation>Rows rejected: %1</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="279" />
        <source>Lembar verifikasi yang sudah diisi</source>
        <translation>Filled verification worksheets</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="286" />
        <source>Lembar tidak dapat dibaca</source>
        <translation>Worksheet cannot be read</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="298" />
        <source>Simpan register baru</source>
        <translation>Save the new register</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="308" />
        <source>Register baru tidak ditulis</source>
        <translation>New register not written</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/round_panel.py" line="311" />
        <source>Diterapkan: register baru %1 (berkas sumber tidak diubah).</source>
        <translation>Applied: new register %1 (the source file is unchanged).</translation>
    </message>
</context>
<context>
    <name>ScenarioFiles</name>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="127" />
        <source>Skenario baru</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="128" />
        <source>Skenario baru dengan zona yang ada di peta</source>
        <translation>New scenario with the zones on the map</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="129" />
        <source>Buka skenario…</source>
        <translation>Open scenario…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="130" />
        <source>Simpan skenario</source>
        <translation>Save scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="131" />
        <source>Simpan skenario sebagai…</source>
        <translation>Save scenario as…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="136" />
        <source>Buka contoh</source>
        <translation>Open example</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="142" />
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="152" />
        <location filename="../../widgets/scenario/scenario_files.py" line="349" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="154" />
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="215" />
        <source>salinan contoh {name}</source>
        <translation>copy of example {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="217" />
        <source>belum ada</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="218" />
        <source> · perubahan belum disimpan</source>
        <translation> · unsaved changes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="219" />
        <source>Berkas: {name}{mark}</source>
        <translation>File: {name}{mark}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="229" />
        <source>Skenario Sasaran (*{suffix})</source>
        <translation>Sasaran scenarios (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="242" />
        <source>Buka skenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="254" />
        <source>Skenario dari data lain</source>
        <translation>Scenario from other data</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="257" />
        <source>Buka dan hitung ulang</source>
        <translation>Open and recompute</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="258" />
        <location filename="../../widgets/scenario/scenario_files.py" line="351" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="271" />
        <source>Skenario tidak dapat dibuka</source>
        <translation>Scenario cannot be opened</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="284" />
        <source>Skenario dibuka: {name}</source>
        <translation>Scenario opened: {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="300" />
        <source>Simpan skenario sebagai</source>
        <translation>Save scenario as</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="320" />
        <source>Skenario tidak tersimpan</source>
        <translation>Scenario not saved</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="331" />
        <source>Skenario disimpan: {name}</source>
        <translation>Scenario saved: {name}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="344" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="345" />
        <source>Perubahan pada “{name}” belum disimpan.</source>
        <translation>Changes to “{name}” are not saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="346" />
        <location filename="../../widgets/scenario/scenario_files.py" line="402" />
        <source>tanpa nama</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="350" />
        <source>Jangan simpan</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="353" />
        <source>Simpan perubahan sebelum melanjutkan?</source>
        <translation>Save changes before continuing?</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="380" />
        <source>Simpan otomatis gagal: {why}</source>
        <translation>Autosave failed: {why}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="383" />
        <source>Salinan otomatis skenario disimpan.</source>
        <translation>Automatic copy of the scenario saved.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="400" />
        <source>Sasaran tidak ditutup dengan benar. Ada salinan otomatis skenario “{name}” dari {when}.</source>
        <translation>Sasaran was not closed properly. There is an automatic copy of scenario “{name}” from {when}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="404" />
        <source>Berkas asli: {file}.</source>
        <translation>Original file: {file}.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="406" />
        <source>Skenario ini belum pernah disimpan ke berkas.</source>
        <translation>This scenario was never saved to a file.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="410" />
        <source>Pulihkan skenario?</source>
        <translation>Recover scenario?</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="413" />
        <source>Pulihkan</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="414" />
        <source>Buang salinan</source>
        <translation>Discard copy</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="415" />
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="432" />
        <source>Salinan tidak dapat dibuka</source>
        <translation>Copy cannot be opened</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_files.py" line="435" />
        <source>Skenario dipulihkan: {name}</source>
        <translation>Scenario recovered: {name}</translation>
    </message>
</context>
<context>
    <name>ScenarioNotes</name>
    <message>
        <location filename="../../widgets/scenario/scenario_notes.py" line="23" />
        <source>mis. Bidang Perencanaan, Dinas Sosial</source>
        <translation>e.g. Planning Division, Social Affairs Office</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_notes.py" line="26" />
        <source>Alasan, asumsi, sumber anggaran… (tanpa nama atau NIK warga)</source>
        <translation>Reasons, assumptions, budget sources… (no names or NIK of residents)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_notes.py" line="30" />
        <source>Berkas skenario dibagikan ke bagian keuangan: jangan menulis nama, NIK atau alamat warga di sini.</source>
        <translation>Scenario files are shared with the finance department: do not write residents’ names, NIK or addresses here.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_notes.py" line="37" />
        <source>Penyusun</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_notes.py" line="41" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="202" />
        <source>Nama skenario</source>
        <extracomment>programs a newly drawn zone delivers until the planner changes them fields of the scenario whose change needs a new allocation</extracomment>
        <translation>Scenario name</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="203" />
        <source>Nama skenario (tampil di perbandingan dan ekspor)</source>
        <translation>Scenario name (shown in comparisons and exports)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="318" />
        <source>Skenario baru</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="216" />
        <location filename="../../widgets/scenario/scenario_panel.py" line="233" />
        <source>Tabel biaya program…</source>
        <translation>Program cost table…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="253" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="254" />
        <source>Kelayakan</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="255" />
        <location filename="../../widgets/scenario/scenario_panel.py" line="547" />
        <source>Terpotong</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="256" />
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="511" />
        <source>Kelayakan dihitung dari filter: {0}</source>
        <translation>Eligibility starts from the filter: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="517" />
        <source>Menghitung anggaran…</source>
        <translation>Computing the budget…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="535" />
        <source>Skenario ini dihitung pada data lain. Angka di sini dihitung ulang pada data sekarang; simpan untuk memperbarui berkasnya.</source>
        <translation>This scenario was computed on other data. The figures here are recomputed on the current data; save to update its file.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/scenario_panel.py" line="547" />
        <source>Terpotong ({n})</source>
        <translation>Cut ({n})</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="53" />
        <source>Kuantil</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="54" />
        <source>Interval sama</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="55" />
        <source>Jeda alami (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="106" />
        <source>Lembar peta</source>
        <translation>Map sheet</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="139" />
        <source>Satu lembar (seluruh wilayah)</source>
        <translation>One sheet (whole area)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="141" />
        <source>Seri per {0}</source>
        <translation>Series per {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="147" />
        <source>Tampilkan titik rumah tangga</source>
        <translation>Show household points</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="148" />
        <source>Lokasi rumah tangga adalah data pribadi (UU 27/2022).</source>
        <translation>Household locations are personal data (Law 27/2022).</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="151" />
        <source>Lembar akan memuat lokasi rumah tangga (data pribadi). Gunakan hanya untuk keperluan dinas dan jangan disebarluaskan.</source>
        <translation>The sheet will contain household locations (personal data). Use it for official purposes only and do not distribute it.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="159" />
        <source>Tabel sinergi program</source>
        <translation>Program synergy table</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="160" />
        <source>Diagram kombinasi program (UpSet)</source>
        <translation>Program combination chart (UpSet)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="161" />
        <source>Tabel kesenjangan pendamping</source>
        <translation>Mentor gap table</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="168" />
        <source>Ekspor PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="169" />
        <source>Ekspor PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="170" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="175" />
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="176" />
        <source>Orientasi</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="177" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="178" />
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="179" />
        <source>Jumlah kelas</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="180" />
        <source>Palet warna</source>
        <translation>Colour palette</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="181" />
        <source>Lembar</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="182" />
        <source>Halaman</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="183" />
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="184" />
        <source>Edisi</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="200" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="265" />
        <location filename="../../widgets/output/sheet_preview.py" line="266" />
        <source>Muat data rumah tangga untuk tabel ini.</source>
        <translation>Load household data for this table.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="268" />
        <source>Buka daftar pendamping (tab Pendamping) atau muat PSKS untuk tabel ini.</source>
        <translation>Open a mentor list (Mentors tab) or load PSKS for this table.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="275" />
        <source>Hanya jumlah, tanpa nama; dicetak di bawah peta.</source>
        <translation>Counts only, no names; printed below the map.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="300" />
        <source> dari {0}</source>
        <translation> of {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="335" />
        <source>Menggambar pratinjau…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="344" />
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="352" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="396" />
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="400" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="400" />
        <source>Gambar PNG 300 dpi (*.png)</source>
        <translation>PNG image 300 dpi (*.png)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_preview.py" line="402" />
        <source>Ekspor lembar peta</source>
        <translation>Export map sheet</translation>
    </message>
    <message>
        <location filename="../../widgets/output/sheet_render.py" line="697" />
        <source>Cetak lembar peta</source>
        <translation>Print map sheet</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="64" />
        <source>Muat register sebelumnya…</source>
        <translation>Load earlier register…</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="67" />
        <source>Register yang lebih lama (mis. DTKS tahun lalu, atau sebelum putaran verifikasi) dibandingkan dengan register yang sedang dibuka.</source>
        <translation>An older register (e.g. last year's DTKS, or the one before a verification round) compared with the register now open.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="73" />
        <location filename="../../widgets/panels/snapshot_view.py" line="143" />
        <location filename="../../widgets/panels/snapshot_view.py" line="160" />
        <source>Belum ada register pembanding.</source>
        <translation>No comparison register yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="77" />
        <source>Perpindahan desil (KK yang cocok)</source>
        <translation>Decile transitions (matched families)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="79" />
        <source>tanpa</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="83" />
        <source>Baris: desil di register sebelumnya; kolom: desil di register sekarang.</source>
        <translation>Rows: decile in the earlier register; columns: decile in the current register.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="130" />
        <source>Membaca {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="151" />
        <source>Register sebelumnya</source>
        <translation>Earlier register</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="153" />
        <source>Register (*.gpkg *.parquet *.csv *.xlsx);;Semua berkas (*)</source>
        <translation>Register (*.gpkg *.parquet *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="144" />
        <source>Register pembanding tidak dapat dibaca</source>
        <translation>The comparison register cannot be read</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="178" />
        <source>Dibandingkan dengan &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Compared with &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="179" />
        <source>Cocok: {n} KK (KK {kk}, NIK kepala {nik}, ID {id}).</source>
        <translation>Matched: {n} families (KK {kk}, head's NIK {nik}, ID {id}).</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="186" />
        <source>Tidak cocok karena kunci ganda: {old} di register sebelumnya, {new} di register sekarang; tanpa kunci: {old_none} dan {new_none}.</source>
        <translation>Not matched because of a shared key: {old} in the earlier register, {new} in the current one; without a key: {old_none} and {new_none}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="194" />
        <source>Masuk {entries}, keluar {exits}, pindah desa {moved}.</source>
        <translation>Entered {entries}, left {exits}, moved village {moved}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="199" />
        <source>Desil naik {up}, turun {down}.</source>
        <translation>Decile up {up}, down {down}.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/snapshot_view.py" line="203" />
        <source>Lulus (keluar dari desil 1-4 atau dari register): {n} KK</source>
        <translation>Graduated (left deciles 1-4 or the register): {n} families</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="51" />
        <source>Bujur –  Lintang –</source>
        <translation>Lon –  Lat –</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="53" />
        <source>LU</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="53" />
        <source>LS</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="55" />
        <source>Bujur {lon:.4f}° BT  Lintang {lat:.4f}° {ns}</source>
        <translation>Lon {lon:.4f}° E  Lat {lat:.4f}° {ns}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="64" />
        <source>Belum ada data dimuat</source>
        <translation>No data loaded</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="66" />
        <source>{n} dari {total} rumah tangga sesuai filter</source>
        <translation>{n} of {total} households match the filter</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="70" />
        <source>{k} dipilih</source>
        <translation>{k} selected</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="74" />
        <source>Filter: {0}</source>
        <translation>Filter: {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/status_bar.py" line="83" />
        <source>DATA SINTETIS</source>
        <translation>SYNTHETIC DATA</translation>
    </message>
</context>
<context>
    <name>SuggestPanel</name>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="172" />
        <source>Anggaran per tahun dalam Rupiah: 10 miliar, 2,5 M, 10.000.000.000 atau 10000 juta. Yang terbaca tampil di sampingnya.</source>
        <translation>Budget per year in Rupiah: 10 billion, 2.5 billion, 10,000,000,000 or 10000 million. What was read is shown beside it.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="181" />
        <source>Biaya tetap setiap desa yang dikunjungi (verifikasi, sosialisasi, perjalanan tim), dibayar dari anggaran yang sama dan dihitung dalam peringkat. Bawaan Rp 5 juta adalah asumsi perencanaan: ganti dengan angka daerah. Isi 0 untuk biaya program saja.</source>
        <translation>Fixed cost of each village visited (verification, outreach, team travel), paid from the same budget and counted in the ranking. The default of Rp 5 million is a planning assumption: replace it with the region's own figure. Enter 0 for program costs only.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="191" />
        <source> RT sasaran</source>
        <translation> target HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="193" />
        <source>Desa dengan RT sasaran lebih sedikit dari ini tidak diusulkan</source>
        <translation>Villages with fewer target households than this are not proposed</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="205" />
        <source>Anggaran</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="206" />
        <source>Biaya per desa</source>
        <translation>Cost per village</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="207" />
        <source>Desa minimal</source>
        <translation>Village minimum</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="208" />
        <source>Sasaran</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="209" />
        <source>Program</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="224" />
        <source>Desa usulan</source>
        <translation>Proposed villages</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="225" />
        <source>Anggaran vs jangkauan</source>
        <translation>Budget vs reach</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="226" />
        <location filename="../../widgets/scenario/suggest_panel.py" line="484" />
        <source>Kunci</source>
        <translation>Locks</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="228" />
        <source>Jadikan zona</source>
        <translation>Make zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="230" />
        <source>Desa usulan menjadi satu zona (himpunan desa) yang dapat diurungkan</source>
        <translation>The proposed villages become one zone (a set of villages) that can be undone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="255" />
        <location filename="../../widgets/scenario/suggest_panel.py" line="286" />
        <source>Kunci masuk</source>
        <translation>Lock in</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="256" />
        <source>Desa terpilih selalu diambil, berapa pun rasionya</source>
        <translation>Selected villages are always taken, whatever their ratio</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="258" />
        <location filename="../../widgets/scenario/suggest_panel.py" line="288" />
        <source>Kunci keluar</source>
        <translation>Lock out</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="259" />
        <source>Desa terpilih tidak pernah diusulkan</source>
        <translation>Selected villages are never proposed</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="280" />
        <source>Cari desa untuk dikunci…</source>
        <translation>Search villages to lock…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="292" />
        <source>Lepas kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="296" />
        <source>Lepas semua</source>
        <translation>Unlock all</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="308" />
        <source>Desa dikunci masuk selalu diambil lebih dulu; desa dikunci keluar tidak pernah diusulkan.</source>
        <translation>Villages locked in are always taken first; villages locked out are never proposed.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="476" />
        <source>masuk: {v}</source>
        <translation>in: {v}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="480" />
        <source>keluar: {v}</source>
        <translation>out: {v}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="484" />
        <source>Kunci ({n})</source>
        <translation>Locks ({n})</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="531" />
        <source>Belum ada data rumah tangga.</source>
        <translation>No household data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="533" />
        <source>Pilih paling sedikit satu program.</source>
        <translation>Choose at least one program.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="557" />
        <source>Mengusulkan desa…</source>
        <translation>Proposing villages…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="558" />
        <source>Menghitung usulan…</source>
        <translation>Computing the proposal…</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="580" />
        <source>Usulan dibatalkan. Ubah anggaran atau sasaran untuk mencoba lagi.</source>
        <translation>Proposal cancelled. Change the budget or target to try again.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="609" />
        <source>&lt;b&gt;{n}&lt;/b&gt; desa · &lt;b&gt;{t}&lt;/b&gt; RT sasaran terjangkau ({c} dari semua RT sasaran) · biaya {cost} dari {budget}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt; villages · &lt;b&gt;{t}&lt;/b&gt; target HH reached ({c} of all target HH) · cost {cost} of {budget}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="620" />
        <source>termasuk kunjungan {n} desa × {visit}; desa diurutkan menurut RT sasaran per Rupiah (biaya program + kunjungan)</source>
        <translation>including visits to {n} villages × {visit}; villages ranked by target households per Rupiah (program cost + visit)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/suggest_panel.py" line="628" />
        <source>Desa yang dikunci masuk saja sudah melebihi anggaran.</source>
        <translation>The villages locked in already exceed the budget.</translation>
    </message>
</context>
<context>
    <name>UpsetChart</name>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="145" />
        <source>&lt;b&gt;Kombinasi program terbanyak&lt;/b&gt;</source>
        <translation>&lt;b&gt;Most common program combinations&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="189" />
        <source>Belum ada data rumah tangga.</source>
        <translation>No household data yet.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="192" />
        <source>Filter: {f}; {n} keluarga. Hanya program yang diketahui.</source>
        <translation>Filter: {f}; {n} families. Known programs only.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="198" />
        <source>{n} keluarga tanpa keterangan program apa pun (tidak dihitung).</source>
        <translation>{n} families with no program information at all (not counted).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="204" />
        <source>{n} keluarga dengan sebagian program tidak diketahui.</source>
        <translation>{n} families with some programs unknown.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="209" />
        <source>{n} keluarga tidak menerima program yang diketahui.</source>
        <translation>{n} families receive none of the known programs.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="215" />
        <source>{n} keluarga di kombinasi lain yang tidak digambar.</source>
        <translation>{n} families in other combinations not drawn.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="220" />
        <source>Tidak ada keluarga yang diketahui menerima program.</source>
        <translation>No family is known to receive a program.</translation>
    </message>
</context>
<context>
    <name>VillageDiffTable</name>
    <message>
        <location filename="../../widgets/scenario/comparison_villages.py" line="195" />
        <source>{n} desa berubah dibanding {base} (rumah tangga terjangkau). Desa yang sama di semua skenario tidak ditampilkan.</source>
        <translation>{n} villages changed against {base} (households reached). Villages equal in all scenarios are not shown.</translation>
    </message>
</context>
<context>
    <name>WebMapView</name>
    <message>
        <location filename="../../desktop/selftest.py" line="114" />
        <location filename="../../widgets/output/webmap_view.py" line="97" />
        <source>Peta Web</source>
        <extracomment>Seconds the web-map window may take to load its page and become ready.</extracomment>
        <translation>Web map</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="109" />
        <source>Peta dasar daring (OpenStreetMap)</source>
        <translation>Online base map (OpenStreetMap)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="111" />
        <source>Memerlukan internet; tanpa ini peta bekerja sepenuhnya luring.</source>
        <translation>Needs the internet; without it the map works fully offline.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="113" />
        <source>Ekspor HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="116" />
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="169" />
        <source>Memuat peta…</source>
        <translation>Loading the map…</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="202" />
        <source>Peta gagal dimuat.</source>
        <translation>The map could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="232" />
        <source>Ekspor peta web</source>
        <translation>Export web map</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="234" />
        <source>Halaman web (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="251" />
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../widgets/output/webmap_view.py" line="253" />
        <source>Tersimpan: {0}</source>
        <translation>Saved: {0}</translation>
    </message>
</context>
<context>
    <name>ZoneList</name>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="119" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="119" />
        <source>Jangkauan (rumah tangga sesuai filter)</source>
        <translation>Reach (filtered households)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="120" />
        <source>Nama zona (klik dua kali untuk mengganti)</source>
        <translation>Zone name (double-click to rename)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="124" />
        <source>RT: rumah tangga di zona yang memenuhi filter; jiwa: anggotanya; PPKS: dengan sedikitnya satu jenis PPKS; belum dibantu: belum menerima program apa pun; PSKS: sumber kesejahteraan sosial di zona; dihitung di zona lain: rumah tangga yang juga dijangkau zona lain. Letak perkiraan: rumah tangga tanpa koordinat sendiri, ditempatkan menurut aturan di desanya.</source>
        <translation>HH: households in the zone that pass the filter; persons: their members; PPKS: with at least one PPKS type; unassisted: receiving no program yet; PSKS: social-welfare resources in the zone; counted in another zone: households another zone reaches too. Placed approximately: households without own coordinates, placed by rule inside their village.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="150" />
        <source>Belum ada zona. Gambar zona di peta (poligon, persegi, lingkaran) atau pilih desa/kecamatan sebagai zona.</source>
        <translation>No zones yet. Draw a zone on the map (polygon, rectangle, circle) or pick villages or a district as a zone.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="157" />
        <source>Ganti nama</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="159" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="161" />
        <source>Ekspor zona...</source>
        <translation>Export zones...</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="163" />
        <source>Simpan semua zona sebagai GeoPackage atau GeoJSON (QGIS)</source>
        <translation>Save all zones as GeoPackage or GeoJSON (QGIS)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="171" />
        <source>Rumah tangga yang berada di beberapa zona dihitung di setiap zona itu, tetapi hanya sekali di jumlah rumah tangga berbeda.</source>
        <translation>A household inside several zones is counted in each of them, but only once among the distinct households.</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="220" />
        <source>{hh} RT · {persons} jiwa · desil 1-4: {d14}</source>
        <translation>{hh} HH · {persons} persons · deciles 1-4: {d14}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="224" />
        <source>PPKS: {ppks} · belum dibantu: {gap}</source>
        <translation>PPKS: {ppks} · unassisted: {gap}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="228" />
        <source>PSKS: {psks} · dihitung di zona lain: {shared}</source>
        <translation>PSKS: {psks} · counted in another zone: {shared}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="241" />
        <source>Per desil: {desil}</source>
        <translation>By decile: {desil}</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="317" />
        <source>Ekspor zona</source>
        <translation>Export zones</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="319" />
        <source>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</source>
        <translation>GeoPackage (*.gpkg);;GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <location filename="../../widgets/panels/zone_list.py" line="337" />
        <source>{n} zona disimpan ke {name}.</source>
        <translation>{n} zones saved to {name}.</translation>
    </message>
</context>
<context>
    <name>ZoneProgramsEditor</name>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="60" />
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="61" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="62" />
        <source>RT</source>
        <translation>HH</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="63" />
        <source>perkiraan</source>
        <translation>approx.</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="64" />
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="78" />
        <source>Rumah tangga terjangkau di zona (setelah pagu)</source>
        <translation>Households reached in the zone (after the cap)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="82" />
        <source>Di antara rumah tangga terjangkau: yang letaknya perkiraan (tanpa koordinat sendiri, ditempatkan menurut aturan di desanya)</source>
        <translation>Among the households reached: those placed approximately (no own coordinates, placed by rule inside their village)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="90" />
        <source>Belum ada zona. Gambar zona atau pilih desa di langkah 3 (Zona).</source>
        <translation>No zones yet. Draw a zone or pick villages in step 3 (Zones).</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="99" />
        <source>Pakai program ini di semua zona</source>
        <translation>Use this program in every zone</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="141" />
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="172" />
        <source>Tidak ada di tabel biaya: {keys}</source>
        <translation>Not in the cost table: {keys}</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="185" />
        <source>Rumah tangga di zona, sebelum syarat program dan pagu:</source>
        <translation>Households in the zones, before program rules and the budget cap:</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="239" />
        <source>&lt;b&gt;Program di zona {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Programs in zone {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/zone_programs.py" line="241" />
        <source>&lt;b&gt;Program per zona&lt;/b&gt;: pilih zona di atas</source>
        <translation>&lt;b&gt;Programs per zone&lt;/b&gt;: choose a zone above</translation>
    </message>
</context>
<context>
    <name>_Plot</name>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="124" />
        <source>keluarga per kombinasi</source>
        <translation>families per combination</translation>
    </message>
    <message>
        <location filename="../../widgets/scenario/upset_chart.py" line="129" />
        <source>penerima per program</source>
        <translation>recipients per program</translation>
    </message>
</context>
<context>
    <name>gis</name>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="22" />
        <source>Rumah tangga desil 1-4</source>
        <translation>Households in deciles 1-4</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="23" />
        <source>RT</source>
        <translation>HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="24" />
        <source>Jumlah rumah tangga desil 1-4 per desa</source>
        <translation>Number of decile 1-4 households per village</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="25" />
        <source>Desil 1-2 tanpa bantuan</source>
        <translation>Deciles 1-2 without aid</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="26" />
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="27" />
        <source>Persentase rumah tangga desil 1-2 yang tidak menerima program apa pun</source>
        <translation>Share of deciles 1-2 households receiving no program at all</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="30" />
        <source>PPKS per 1.000 RT</source>
        <translation>PPKS per 1,000 HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="31" />
        <source>per 1.000 RT</source>
        <translation>per 1,000 HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="32" />
        <source>Rumah tangga dengan sedikitnya satu PPKS per 1.000 rumah tangga</source>
        <translation>Households with at least one PPKS per 1,000 households</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="33" />
        <source>PSKS per 1.000 RT desil 1-4</source>
        <translation>PSKS per 1,000 decile 1-4 HH</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="34" />
        <source>Jumlah PSKS (12 jenis) per 1.000 rumah tangga desil 1-4</source>
        <translation>Number of PSKS (12 types) per 1,000 decile 1-4 households</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="35" />
        <source>Kemajuan verifikasi</source>
        <translation>Verification progress</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="36" />
        <source>Persentase rumah tangga putaran verifikasi terakhir yang sudah diverifikasi</source>
        <translation>Share of the households of the last verification round already verified</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="39" />
        <source>Umur data</source>
        <translation>Data age</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="40" />
        <source>bulan</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="41" />
        <source>Rata-rata bulan sejak verifikasi terakhir, atau sejak tanggal data register</source>
        <translation>Mean months since the last verification, or since the register's data date</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="44" />
        <source>Temuan kesalahan data</source>
        <translation>Data errors found</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="45" />
        <source>Persentase rumah tangga terverifikasi yang tidak ditemukan atau tidak layak</source>
        <translation>Share of verified households not found or not eligible</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="49" />
        <source>Kuantil (jumlah desa sama per kelas)</source>
        <translation>Quantile (same number of villages per class)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="50" />
        <source>Interval sama</source>
        <translation>Equal interval</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="51" />
        <source>Jeda alami (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="52" />
        <source>Batas manual</source>
        <translation>Manual breaks</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="53" />
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="55" />
        <source>Lanskap</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="56" />
        <source>Potret</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="57" />
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="58" />
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="60" />
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="61" />
        <source>Filter rumah tangga</source>
        <translation>Household filter</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="62" />
        <source>Rumah tangga terjangkau</source>
        <translation>Households reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="63" />
        <source>desil {0}</source>
        <translation>decile {0}</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="64" />
        <source>tanpa desil</source>
        <translation>no decile</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="65" />
        <source>Jiwa terjangkau</source>
        <translation>Persons reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="66" />
        <source>Biaya per tahun</source>
        <translation>Cost per year</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="67" />
        <source>Pagu anggaran per tahun</source>
        <translation>Budget cap per year</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="68" />
        <source>tanpa pagu</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="69" />
        <source>Komitmen total (program multi-tahun)</source>
        <translation>Total commitment (multi-year programs)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="70" />
        <source>Rumah tangga layak</source>
        <translation>Eligible households</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="71" />
        <source>Rumah tangga terpotong pagu</source>
        <translation>Households cut by the cap</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="72" />
        <source>Biaya per RT desil 1-2 terjangkau</source>
        <translation>Cost per decile 1-2 HH reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="73" />
        <source>RT desil 1-2 belum menerima bantuan (seluruh data)</source>
        <translation>Decile 1-2 HH receiving no aid (all data)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="74" />
        <source>di antaranya terjangkau</source>
        <translation>of which reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="75" />
        <source>cakupan (%)</source>
        <translation>coverage (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="76" />
        <source>RT desil 7-10 terjangkau (inklusi)</source>
        <translation>Decile 7-10 HH reached (inclusion)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="77" />
        <source>bagian dari RT terjangkau (%)</source>
        <translation>share of HH reached (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="78" />
        <source>PSKS di dalam zona</source>
        <translation>PSKS inside zones</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="79" />
        <source>PSKS per 1.000 RT terjangkau</source>
        <translation>PSKS per 1,000 HH reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="80" />
        <source>Jumlah zona</source>
        <translation>Number of zones</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="81" />
        <source>Desa terjangkau</source>
        <translation>Villages reached</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="82" />
        <source>RT tanpa jumlah anggota</source>
        <translation>Households without size</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="84" />
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="85" />
        <source>{n} RT tanpa jumlah anggota</source>
        <translation>{n} households without size</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="86" />
        <source>{n} RT tanpa jumlah anggota: biaya per orang dihitung {m} jiwa per RT</source>
        <translation>{n} households without size: per-person costs counted at {m} persons per household</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="89" />
        <source>penerimaan {name} tidak diketahui (tidak ada di berkas)</source>
        <translation>receipt of {name} unknown (not in the file)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="90" />
        <source>{n} RT terjangkau {name}: penerimaan {name} tidak diketahui, dianggap belum</source>
        <translation>{n} households reached by {name}: receipt of {name} unknown, counted as not yet</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="94" />
        <source>berkoordinat sendiri</source>
        <translation>with own coordinates</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="95" />
        <source>ditempatkan menurut aturan di desanya (tanpa koordinat sendiri)</source>
        <translation>placed by rule inside their village (no own coordinates)</translation>
    </message>
    <message>
        <location filename="../../widgets/base/gis_text.py" line="96" />
        <source>tidak dapat ditempatkan (tanpa koordinat, kode/nama desa tidak dikenal)</source>
        <translation>cannot be placed (no coordinates, village code/name unknown)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../widgets/base/messages.py" line="164" />
        <source>Berkas {path} sudah ada dan tidak ditimpa. Pilih nama lain atau izinkan menimpa.</source>
        <extracomment>writing files (gis.io.outputguard): the file by name, what to do, and that nothing was written</extracomment>
        <translation>The file {path} already exists and was not replaced. Choose another name or allow replacing it.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="168" />
        <source>Folder {folder} untuk berkas {path} tidak ada. Buat foldernya dulu atau pilih folder lain; tidak ada yang ditulis.</source>
        <translation>The folder {folder} for the file {path} does not exist. Create the folder first or choose another one; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="173" />
        <source>Berkas {path} tidak boleh ditulis di folder {folder} (tanpa izin menulis). Pilih folder lain; tidak ada yang ditulis.</source>
        <translation>The file {path} may not be written in the folder {folder} (no write permission). Choose another folder; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="178" />
        <source>{path} adalah folder, bukan berkas. Beri nama berkas tujuan; tidak ada yang ditulis.</source>
        <translation>{path} is a folder, not a file. Give the name of the file to write; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="182" />
        <source>Berkas {path} gagal ditulis ({reason}). Tidak ada berkas setengah jadi; coba lagi atau pilih folder lain.</source>
        <translation>The file {path} could not be written ({reason}). No half-written file was left; try again or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="187" />
        <source>Provinsi demo memerlukan paling sedikit {minimum} desa dan jumlah rumah tangga tidak negatif (diminta: {villages} desa, {households} rumah tangga).</source>
        <translation>The demo province needs at least {minimum} villages and a household count that is not negative (asked for: {villages} villages, {households} households).</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="193" />
        <source>Berkas {path} tidak dapat dibaca atau ditulis ({reason}).</source>
        <translation>The file {path} could not be read or written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="199" />
        <source>disk penuh</source>
        <extracomment>why a write failed (``OutputError.reason`` and errno of a bare OSError)</extracomment>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="200" />
        <source>tanpa izin menulis</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="201" />
        <source>folder tidak ada</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="202" />
        <source>nama berkas terlalu panjang</source>
        <translation>file name too long</translation>
    </message>
    <message>
        <location filename="../../widgets/base/messages.py" line="203" />
        <source>galat sistem berkas</source>
        <translation>file system error</translation>
    </message>
</context>
</TS>