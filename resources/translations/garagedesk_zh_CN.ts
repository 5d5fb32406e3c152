<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Category</name>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their car (untick for a customer without a car)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May pay on account (挂账)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companies: for the invoice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFileView</name>
    <message>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold another file of the same customer into this one; cars, orders and phones move over (manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars (Enter or double-click opens the car&apos;s file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n}, last on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was merged into another customer&apos;s file — open that file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Name, phone or pinyin initials of the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: {customer}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerVehiclesModel</name>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <source>This phone is shared (family or company): save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone {value} is already on file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {value} is already on file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is already on file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to GarageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is new. Enter your shop&apos;s profile and the first administrator&apos;s login; you can change the profile and add more users later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fuel</name>
    <message>
        <source>Petrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug-in hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search: plate, phone, name, pinyin, VIN, order no.  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers and cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file, one row per car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept VIN flags (import such VINs as read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIN whose check digit does not match is often a misread character; imported cars often have no check digit. Tick only if the VINs were copied from the cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import good rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report of refused rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs a manager or an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows: {ok} good, {flag} with a VIN flag, {on_file} already on file, {repeated} repeated in the file, {problem} with problems. {going} rows will go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {customers} customers and {cars} cars. Skipped {on_file} rows already on file and {repeated} repeated rows. Refused {refused} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the last {n} rows; import the file again to bring them in (what went in is skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not import records; ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work stopped with an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <source>Enter an amount in yuan, for example 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} is not a number of yuan. Type digits with at most one decimal point, for example 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} is too large for a repair bill. Check for extra digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} has a comma in the wrong place; a comma only separates thousands (1,234.56). Use a point for the decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount {amount} has {n} decimal places; an amount has at most 2 (fen). Round it to the fen, for example to {suggestion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a phone number, for example 138 0013 8000 or 0731-8888 6666.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {phone} contains {char}; a phone number has only digits. Remove it, or put an extension after 转.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number {phone} has {n} digits; a mobile number has 11. Check for a missing or extra digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number {phone} starts with {start}; mobile numbers start with 13 to 19. Check the first digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number {phone} has {n} digits after the area code {area}; a local number has 7 or 8 and does not start with 0 or 1. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number {phone} has {n} digits; a mobile number has 11, a landline 7 or 8 (with area code, for example 0731-8888 6666). Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate number, for example 湘A12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} starts with {char}, which is not a province abbreviation. Start it with the province character, for example 湘 or 粤.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} contains the letter {letter}; plates never use I or O. It is probably the digit {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} contains {char}, which plates do not use. Type only the province character, capital letters and digits (and 挂, 学, 警, 领, 使, 港 or 澳 where the plate has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} has {char} after the province; there must be the letter of the issuing office, as the A in 湘A12345. Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} has 7 characters after the province, like a new-energy plate, but does not fit one: a small new-energy plate is the office letter, an energy letter (D, F or another of A to K), one more character and 4 digits (湘AD12345); a large one is the office letter, 5 digits and the energy letter (湘A12345D). Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} has {n} characters after the province; an ordinary plate has 6 (new-energy: 7). Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} ends in {suffix}, but Hong Kong and Macao cross-border plates start with 粤Z, for example 粤Z1234{suffix}. Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} ends in {suffix} and has {n} characters after the province; such a plate has 6, for example {example}. Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embassy plate {plate} should be 使 and 6 digits (使014578) or 6 digits and 使 (224001使). Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The armed-police plate {plate} should be WJ, the province character or a 2-digit unit code, and 4 or 5 letters or digits (WJ京12345, WJ01警1234). Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} starts with {char}; a plate starts with the province character, as 湘 in 湘A12345 (military plates are 2 letters and 5 digits). Add the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} does not have the shape of a Chinese plate: after the province come the office letter and 5 letters or digits (湘A12345). Check the plate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the VIN: the 17 characters on the registration certificate (行驶证) or at the bottom of the windscreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {vin} has {n} characters; a VIN has 17. Check for a missing or extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {position} of the VIN is the letter {letter}, which a VIN never uses; it is probably {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position {position} of the VIN is {char}; a VIN has only digits and capital letters. Retype that character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {n} characters; choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name has 2 to 40 letters, digits or . - _ @ and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name shown on papers and in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name {name} is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot switch off your own login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name (a person or a company).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {n} characters; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose person or company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one phone number so the shop can call the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already given above; remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers was already merged into another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name as it goes on papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch code has 2 to 8 letters or digits (e.g. BR01); it goes into every document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate prefix is a province character and a letter, e.g. 湘A; leave it empty if cars come from everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (9th character) of this VIN should be {expected}. Read the VIN off the car again; if it is right as typed (imported cars often have no check digit), tick &quot;VIN confirmed as read&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the plate, or the VIN for a car that has no plate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of fuel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already owns the car; choose the new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale date is before the current owner got the car ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone {value} is already on file for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {value} is already on file for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {value} is already on file for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the row: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phones of this customer belong to different customers on file ({names}); merge them at the desk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is on file for {name}; one phone belongs to one customer. Correct the name or the phone, or add the car to {name} at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {plate} and the VIN {vin} are on file as two different cars; correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {value} is on file for {owner}; a car has one current owner. If the car was sold, transfer it at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {value} is on file for {owner}; a car has one current owner. If the car was sold, transfer it at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on file; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls). Open it in Excel, save it as .xlsx or CSV, and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor GBK text. Save it from Excel as &quot;CSV UTF-8&quot; and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook that can be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet named {sheet}; its sheets are {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} has no column for {missing}. Name the columns in the header row, for example 姓名, 电话, 车牌, 车架号 (headers found: {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned the phone number into {phone} and lost its digits. Format the column as text in Excel, type the number again and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {vin} has {actual} as its check digit (9th character); it should be {expected}. Import it as read only if it was copied from the car (tick &quot;Accept VIN flags&quot;); otherwise correct it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as line {line}; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} gives the same phone for {name}; one phone belongs to one customer. Correct the name or the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plate {value} is also on line {lines} with other details; keep one row for the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VIN {value} is also on line {lines} with other details; keep one row for the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first: type a name or phone and pick a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this; ask a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — GarageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {time}. An administrator can unlock it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or password. {n} tries left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register new customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import customers and cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GarageDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GarageDesk — {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {lang} translation is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GarageDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GarageDesk (汽修前台) {version}
The front desk of a car repair shop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a duplicate into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the other file of {name}. Its cars, work orders and phones move into this file; the other file is kept, marked as merged, and the audit log records it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge {other} into this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListEditor</name>
    <message>
        <source>+ Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another number for the same customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or landline, e.g. 138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove phone {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionHome</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer or car: press Ctrl+F and type a plate (any part), phone digits, a name or its pinyin initials, the end of the VIN, or scan a work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register new customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionPage</name>
    <message>
        <source>← Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Service advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsPanel</name>
    <message>
        <source>Nothing on file matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register new customer (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopFormWidget</name>
    <message>
        <source>Shop &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate &amp;prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BR01 — goes into document numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 湘A — the city&apos;s plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as it goes on papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <source>Shop profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>This database was written by a newer GarageDesk; this version cannot open it.

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened. Check that the file or the database server is reachable and that you may write to it.

{detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {plate} to another owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plate} belongs to {owner} now. Find the new owner, or register them; the car keeps its file and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the new owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can log in again at once. Give a new password if they forgot theirs; leave it empty to keep the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Edit user {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active ({n} wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Edit car {plate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleFileView</name>
    <message>
        <source>&amp;Edit car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer to another owner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;owner&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owners over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last mileage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no plate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no current owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vin}  (check digit mismatch confirmed as read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work orders ({n}), newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <source>&amp;Plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mileage (&amp;km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car n&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {prefix}12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters, on the 行驶证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model year, e.g. 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN confirmed as read on the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No province character. &lt;a href=&quot;use&quot;&gt;Use {plate}&lt;/a&gt;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of 17 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maker not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model year {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model year not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{maker} · {year} · check digit OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{maker} · {year} · the check digit should be {digit}: read the VIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
