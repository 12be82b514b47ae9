<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountGuides</name>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="42"/>
        <source>How to connect Google (about 10 minutes, once)</source>
        <translation>How to connect Google (about 10 minutes, once)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="43"/>
        <source>Open %1 with the Google account that manages your business.</source>
        <translation>Open %1 with the Google account that manages your business.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="44"/>
        <source>Google Cloud: Credentials</source>
        <translation>Google Cloud: Credentials</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="45"/>
        <source>Click “Create credentials”, then “OAuth client ID”, type “Desktop app”, then Create.</source>
        <translation>Click “Create credentials”, then “OAuth client ID”, type “Desktop app”, then Create.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="46"/>
        <source>Click “Download JSON”: a file named client_secret_….json is saved.</source>
        <translation>Click “Download JSON”: a file named client_secret_….json is saved.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="48"/>
        <source>Press “Sign in with Google…” and click Allow in your browser.</source>
        <translation>Press “Sign in with Google…” and click Allow in your browser.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="49"/>
        <source>Google must first open its review access to your project: %1.</source>
        <translation>Google must first open its review access to your project: %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="50"/>
        <source>see Google’s access request page</source>
        <translation>see Google’s access request page</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="52"/>
        <source>How to connect Google Play (about 10 minutes, once)</source>
        <translation>How to connect Google Play (about 10 minutes, once)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="53"/>
        <source>Turn on the %1 in Google Cloud.</source>
        <translation>Turn on the %1 in Google Cloud.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="54"/>
        <source>Google Play Android Developer API</source>
        <translation>Google Play Android Developer API</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="55"/>
        <source>In %1, create a service account, open it, then Keys → Add key → JSON: a .json file is saved.</source>
        <translation>In %1, create a service account, open it, then Keys → Add key → JSON: a .json file is saved.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="56"/>
        <source>Google Cloud: Service accounts</source>
        <translation>Google Cloud: Service accounts</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="57"/>
        <source>In %1, open Users and permissions → Invite new users, paste the service account’s e-mail and tick “Reply to reviews” for your app.</source>
        <translation>In %1, open Users and permissions → Invite new users, paste the service account’s e-mail and tick “Reply to reviews” for your app.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="58"/>
        <source>Play Console</source>
        <translation>Play Console</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="60"/>
        <source>Type the app’s package name, or paste the app’s Google Play address.</source>
        <translation>Type the app’s package name, or paste the app’s Google Play address.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="61"/>
        <source>Google Play only gives the reviews of the last 7 days: import older ones from Play Console’s monthly file (File → Import reviews…). %1.</source>
        <translation>Google Play only gives the reviews of the last 7 days: import older ones from Play Console’s monthly file (File → Import reviews…). %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="62"/>
        <source>Google’s guide</source>
        <translation>Google’s guide</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="64"/>
        <source>How to connect the App Store (about 5 minutes, once)</source>
        <translation>How to connect the App Store (about 5 minutes, once)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="65"/>
        <source>Open %1 (Users and Access → Integrations).</source>
        <translation>Open %1 (Users and Access → Integrations).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="66"/>
        <source>App Store Connect: API keys</source>
        <translation>App Store Connect: API keys</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="67"/>
        <source>Click +, give the key a name and the “Customer Support” role (Admin if replies are refused), then Generate.</source>
        <translation>Click +, give the key a name and the “Customer Support” role (Admin if replies are refused), then Generate.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="70"/>
        <source>Click “Download”: a file AuthKey_….p8 is saved (Apple lets you download it only once).</source>
        <translation>Click “Download”: a file AuthKey_….p8 is saved (Apple lets you download it only once).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="72"/>
        <source>Apple’s guide to API keys</source>
        <translation>Apple’s guide to API keys</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="74"/>
        <source>How to connect Trustpilot (about 5 minutes, once)</source>
        <translation>How to connect Trustpilot (about 5 minutes, once)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="75"/>
        <source>Open %1 and go to Integrations → API.</source>
        <translation>Open %1 and go to Integrations → API.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="76"/>
        <source>Trustpilot Business</source>
        <translation>Trustpilot Business</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="77"/>
        <source>Create an application (it needs the Connect add-on or an Enterprise plan).</source>
        <translation>Create an application (it needs the Connect add-on or an Enterprise plan).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="47"/>
        <source>Choose that file on the right, under “Sign-in file”.</source>
        <translation>Choose that file on the right, under “Sign-in file”.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="59"/>
        <source>Choose the .json file on the right, under “Key file”.</source>
        <translation>Choose the .json file on the right, under “Key file”.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="69"/>
        <source>Copy the Issuer ID (above the list) and the new key’s Key ID into the fields on the right.</source>
        <translation>Copy the Issuer ID (above the list) and the new key’s Key ID into the fields on the right.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="71"/>
        <source>Choose that file on the right, press “Find my apps” and pick your app.</source>
        <translation>Choose that file on the right, press “Find my apps” and pick your app.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="78"/>
        <source>Copy its API key and its Secret into the fields on the right.</source>
        <translation>Copy its API key and its Secret into the fields on the right.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="79"/>
        <source>Type your website as it appears on Trustpilot (e.g. www.example.com), or paste your Trustpilot page’s address.</source>
        <translation>Type your website as it appears on Trustpilot (e.g. www.example.com), or paste your Trustpilot page’s address.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="81"/>
        <source>Trustpilot’s guide</source>
        <translation>Trustpilot’s guide</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="83"/>
        <source>The demo platform</source>
        <translation>The demo platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="84"/>
        <source>Nothing to copy: it is a pretend platform inside the app.</source>
        <translation>Nothing to copy: it is a pretend platform inside the app.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="85"/>
        <source>Use it to try syncing and replying without any account.</source>
        <translation>Use it to try syncing and replying without any account.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="93"/>
        <source>Yelp shows only 3 review excerpts to apps and does not let them reply.</source>
        <translation>Yelp shows only 3 review excerpts to apps and does not let them reply.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="94"/>
        <source>Tripadvisor does not let apps reply and forbids keeping its reviews.</source>
        <translation>Tripadvisor does not let apps reply and forbids keeping its reviews.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="95"/>
        <source>Facebook no longer lets apps read Page recommendations.</source>
        <translation>Facebook no longer lets apps read Page recommendations.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="97"/>
        <source>%1 Import or paste these reviews (File → Import reviews…), reply on the site, then mark them replied.</source>
        <translation>%1 Import or paste these reviews (File → Import reviews…), reply on the site, then mark them replied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="104"/>
        <source>Choose the client_secret_….json file you downloaded in step 3.</source>
        <translation>Choose the client_secret_….json file you downloaded in step 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="105"/>
        <source>Choose the service account’s .json key file (step 2).</source>
        <translation>Choose the service account’s .json key file (step 2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="106"/>
        <source>For example com.example.app — it is in the app’s Google Play address, after “id=”.</source>
        <translation>For example com.example.app — it is in the app’s Google Play address, after “id=”.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="107"/>
        <source>10 letters and digits, e.g. 2X9R4HXF34, shown next to the key.</source>
        <translation>10 letters and digits, e.g. 2X9R4HXF34, shown next to the key.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="108"/>
        <source>Shown above the list of keys, e.g. 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>Shown above the list of keys, e.g. 57246542-96fe-1a63-e053-0824d011072a.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="109"/>
        <source>Choose the AuthKey_….p8 file you downloaded (step 4).</source>
        <translation>Choose the AuthKey_….p8 file you downloaded (step 4).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="110"/>
        <source>Copy the API key of your Trustpilot application.</source>
        <translation>Copy the API key of your Trustpilot application.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="111"/>
        <source>Copy the Secret shown next to the API key.</source>
        <translation>Copy the Secret shown next to the API key.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="112"/>
        <source>Your website as on Trustpilot (e.g. www.example.com), or your business unit ID.</source>
        <translation>Your website as on Trustpilot (e.g. www.example.com), or your business unit ID.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="119"/>
        <source>A Key ID is exactly 10 capital letters and digits, e.g. 2X9R4HXF34.</source>
        <translation>A Key ID is exactly 10 capital letters and digits, e.g. 2X9R4HXF34.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="120"/>
        <source>An Issuer ID has 5 groups of letters and digits separated by dashes, e.g. 57246542-96fe-1a63-e053-0824d011072a.</source>
        <translation>An Issuer ID has 5 groups of letters and digits separated by dashes, e.g. 57246542-96fe-1a63-e053-0824d011072a.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="122"/>
        <source>A package name is words joined by dots, e.g. com.example.app.</source>
        <translation>A package name is words joined by dots, e.g. com.example.app.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="123"/>
        <source>This address does not name an app: open the app’s own page on Google Play and copy that address.</source>
        <translation>This address does not name an app: open the app’s own page on Google Play and copy that address.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="125"/>
        <source>An API key has only letters and digits: copy it again from Trustpilot.</source>
        <translation>An API key has only letters and digits: copy it again from Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="126"/>
        <source>A Secret has only letters and digits: copy it again from Trustpilot.</source>
        <translation>A Secret has only letters and digits: copy it again from Trustpilot.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="127"/>
        <source>This key is too short: it was probably cut when copied.</source>
        <translation>This key is too short: it was probably cut when copied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="128"/>
        <source>This Secret is too short: it was probably cut when copied.</source>
        <translation>This Secret is too short: it was probably cut when copied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="129"/>
        <source>Type a website such as www.example.com, or the 24-character business unit ID.</source>
        <translation>Type a website such as www.example.com, or the 24-character business unit ID.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="131"/>
        <source>Paste the address of your own page on Trustpilot (…trustpilot.com/review/www.example.com).</source>
        <translation>Paste the address of your own page on Trustpilot (…trustpilot.com/review/www.example.com).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="137"/>
        <source>This field is needed.</source>
        <translation>This field is needed.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="138"/>
        <source>Remove the spaces: they came with the copy.</source>
        <translation>Remove the spaces: they came with the copy.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="139"/>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="140"/>
        <source>This is a folder: choose the file inside it.</source>
        <translation>This is a folder: choose the file inside it.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="141"/>
        <source>This file is not there any more: choose it again.</source>
        <translation>This file is not there any more: choose it again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="142"/>
        <source>This file cannot be opened: check that it is on this computer and choose it again.</source>
        <translation>This file cannot be opened: check that it is on this computer and choose it again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="143"/>
        <source>This file is far too large to be a key: choose the one you downloaded.</source>
        <translation>This file is far too large to be a key: choose the one you downloaded.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="144"/>
        <source>This is not the .json file the platform gave you.</source>
        <translation>This is not the .json file the platform gave you.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="145"/>
        <source>This is not a private key file: choose the AuthKey_….p8 file from Apple.</source>
        <translation>This is not a private key file: choose the AuthKey_….p8 file from Apple.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="146"/>
        <source>This key is not an App Store Connect key: choose the AuthKey_….p8 file from Apple.</source>
        <translation>This key is not an App Store Connect key: choose the AuthKey_….p8 file from Apple.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="147"/>
        <source>This is a sign-in file for Google Business, not a service-account key: create a key as in step 2.</source>
        <translation>This is a sign-in file for Google Business, not a service-account key: create a key as in step 2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="149"/>
        <source>This file is not a service-account key: create one as in step 2.</source>
        <translation>This file is not a service-account key: create one as in step 2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="150"/>
        <source>The key inside this file is damaged: download a new key (step 2).</source>
        <translation>The key inside this file is damaged: download a new key (step 2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="151"/>
        <source>This is a Google Play service-account key: for Google Business choose the file of step 3 instead.</source>
        <translation>This is a Google Play service-account key: for Google Business choose the file of step 3 instead.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="153"/>
        <source>This file is not a Google sign-in file: download it again as in steps 2 and 3.</source>
        <translation>This file is not a Google sign-in file: download it again as in steps 2 and 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="154"/>
        <location filename="../../workstation/ui/account_guides.py" line="157"/>
        <source>This does not look right: copy it again.</source>
        <translation>This does not look right: copy it again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_guides.py" line="155"/>
        <source>This is too short: it was probably cut when copied.</source>
        <translation>This is too short: it was probably cut when copied.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="57"/>
        <source>Give the source a name.</source>
        <translation>Give the source a name.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="70"/>
        <source>Choose the credentials file for this platform.</source>
        <translation>Choose the credentials file for this platform.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="91"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="93"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="94"/>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="97"/>
        <source>Review sources</source>
        <translation>Review sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="103"/>
        <source>Connect an account…</source>
        <translation>Connect an account…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="150"/>
        <source>No account connected yet: press “Connect an account…” and follow the steps.</source>
        <translation>No account connected yet: press “Connect an account…” and follow the steps.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="171"/>
        <source>Offline at the last sync</source>
        <translation>Offline at the last sync</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="174"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="174"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="185"/>
        <source>Account added. Press “Sync now” to bring its reviews in.</source>
        <translation>Account added. Press “Sync now” to bring its reviews in.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="209"/>
        <source>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</source>
        <translation>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="105"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="107"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="109"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="169"/>
        <source>files and pasted reviews</source>
        <translation>files and pasted reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="144"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="145"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="173"/>
        <source>Last sync failed: test the connection</source>
        <translation>Last sync failed: test the connection</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/accounts.py" line="196"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="144"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="259"/>
        <source>Sign in with Google…</source>
        <translation>Sign in with Google…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="260"/>
        <source>Opens your browser to allow access to your Business Profile</source>
        <translation>Opens your browser to allow access to your Business Profile</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="168"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="141"/>
        <source>Connect an account</source>
        <translation>Connect an account</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="148"/>
        <source>Where are your reviews?</source>
        <translation>Where are your reviews?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="169"/>
        <source>only when I press Sync</source>
        <translation>only when I press Sync</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="170"/>
        <source>Sync interval</source>
        <translation>Sync interval</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="171"/>
        <source>Advanced (for IT staff)</source>
        <translation>Advanced (for IT staff)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="173"/>
        <source>another API address, e.g. a company proxy</source>
        <translation>another API address, e.g. a company proxy</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="209"/>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="255"/>
        <source>Key files (*.json);;All files (*)</source>
        <translation>Key files (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="257"/>
        <source>Sign-in file:</source>
        <translation>Sign-in file:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="268"/>
        <source>Key file:</source>
        <translation>Key file:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="270"/>
        <source>Package name:</source>
        <translation>Package name:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="273"/>
        <source>Issuer ID:</source>
        <translation>Issuer ID:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="275"/>
        <source>Key ID:</source>
        <translation>Key ID:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="276"/>
        <source>Key file (.p8):</source>
        <translation>Key file (.p8):</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="277"/>
        <source>App Store Connect keys (*.p8);;All files (*)</source>
        <translation>App Store Connect keys (*.p8);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="279"/>
        <source>Find my apps</source>
        <translation>Find my apps</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="282"/>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="283"/>
        <source>press “Find my apps” first</source>
        <translation>press “Find my apps” first</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="286"/>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="288"/>
        <source>API key:</source>
        <translation>API key:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="290"/>
        <source>Secret:</source>
        <translation>Secret:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="292"/>
        <source>Your business:</source>
        <translation>Your business:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="361"/>
        <source>Use an address starting with https:// (http:// only for this computer).</source>
        <translation>Use an address starting with https:// (http:// only for this computer).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="386"/>
        <source>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</source>
        <translation>The test could not finish because of an unexpected problem. Try again; if it goes on, the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="412"/>
        <source>Testing the connection…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="427"/>
        <source>Asking Apple which apps this key sees…</source>
        <translation>Asking Apple which apps this key sees…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="441"/>
        <source>This key sees no app yet: check its role in App Store Connect.</source>
        <translation>This key sees no app yet: check its role in App Store Connect.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/account_setup.py" line="450"/>
        <source>This key sees %n app(s): pick yours in the list.</source>
        <translation>
            <numerusform>This key sees %n app: pick yours in the list.</numerusform>
            <numerusform>This key sees %n apps: pick yours in the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="457"/>
        <source>First choose the sign-in file you downloaded in step 3.</source>
        <translation>First choose the sign-in file you downloaded in step 3.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="494"/>
        <source>Google did not give access. Press “Sign in with Google…” again and click Allow.</source>
        <translation>Google did not give access. Press “Sign in with Google…” again and click Allow.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="498"/>
        <source>Signed in. You can test the connection, then add the account.</source>
        <translation>Signed in. You can test the connection, then add the account.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="516"/>
        <source>The account could not be saved: check each field, or the computer’s keychain, and try again.</source>
        <translation>The account could not be saved: check each field, or the computer’s keychain, and try again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="174"/>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="178"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="183"/>
        <source>Test result</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="189"/>
        <source>Name in the app:</source>
        <translation>Name in the app:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="190"/>
        <source>Check for new reviews every:</source>
        <translation>Check for new reviews every:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="192"/>
        <source>API address:</source>
        <translation>API address:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="463"/>
        <source>This file already holds a sign-in: no need to sign in again.</source>
        <translation>This file already holds a sign-in: no need to sign in again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="483"/>
        <source>Waiting for you to allow access in the browser…</source>
        <translation>Waiting for you to allow access in the browser…</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="42"/>
        <source>Analysing %v/%m</source>
        <translation>Analysing %v/%m</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="43"/>
        <source>Analysis progress</source>
        <translation>Analysis progress</translation>
    </message>
</context>
<context>
    <name>ApprovalRow</name>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="57"/>
        <source>Note for the author</source>
        <translation>Note for the author</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="58"/>
        <source>Note for the author (why it goes back)</source>
        <translation>Note for the author (why it goes back)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="60"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="61"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="62"/>
        <source>Send this reply to the shared outbox in its author’s name</source>
        <translation>Send this reply to the shared outbox in its author’s name</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="64"/>
        <source>Send back</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="65"/>
        <source>Return the reply to its author as a draft, with your note</source>
        <translation>Return the reply to its author as a draft, with your note</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="95"/>
        <source>a colleague</source>
        <translation>a colleague</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="97"/>
        <source>Approved: the reply goes to the shared outbox with the next update from the team server.</source>
        <translation>Approved: the reply goes to the shared outbox with the next update from the team server.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="99"/>
        <source>Sent back to %1 with your note (with the next update from the team server).</source>
        <translation>Sent back to %1 with your note (with the next update from the team server).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="102"/>
        <source>Waiting for approval: you wrote this reply, so another approver must check it.</source>
        <translation>Waiting for approval: you wrote this reply, so another approver must check it.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="104"/>
        <source>Waiting for approval: %1’s reply is sent once an approver accepts it.</source>
        <translation>Waiting for approval: %1’s reply is sent once an approver accepts it.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/approval_row.py" line="106"/>
        <source>Waiting for approval: %1 wrote this reply. Approve it or send it back.</source>
        <translation>Waiting for approval: %1 wrote this reply. Approve it or send it back.</translation>
    </message>
</context>
<context>
    <name>AutoRepliesDialog</name>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="60"/>
        <source>Automatic replies</source>
        <translation>Automatic replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="70"/>
        <source>Automatic replies thank customers who leave 4 or 5 stars and raise no problem, in your words and signed with your signature, during opening hours. Reviews of 3 stars or less, urgent reviews, and any reply the check has doubts about are always left to you. A rule does nothing until you switch it on, and only answers reviews that arrive after that.</source>
        <translation>Automatic replies thank customers who leave 4 or 5 stars and raise no problem, in your words and signed with your signature, during opening hours. Reviews of 3 stars or less, urgent reviews, and any reply the check has doubts about are always left to you. A rule does nothing until you switch it on, and only answers reviews that arrive after that.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="79"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="86"/>
        <source>New rule</source>
        <translation>New rule</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="87"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="115"/>
        <source>Rule name</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="117"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="119"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="119"/>
        <source>Every location</source>
        <translation>Every location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="120"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="121"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="121"/>
        <source>Every platform</source>
        <translation>Every platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="123"/>
        <source>Platform:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>4 and 5 stars</source>
        <translation>4 and 5 stars</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="124"/>
        <source>5 stars only</source>
        <translation>5 stars only</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="125"/>
        <source>Rating:</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="126"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="127"/>
        <source>With or without text</source>
        <translation>With or without text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="127"/>
        <source>Only ratings without text</source>
        <translation>Only ratings without text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="128"/>
        <source>Only reviews with text</source>
        <translation>Only reviews with text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="129"/>
        <source>Reviews:</source>
        <translation>Reviews:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="130"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="131"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="132"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="137"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="138"/>
        <source>Wait before posting</source>
        <translation>Wait before posting</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="140"/>
        <source>Wait before posting:</source>
        <translation>Wait before posting:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="142"/>
        <source>Replies wait for the location to be open (opening hours and time zone in Edit → Preferences → Locations).</source>
        <translation>Replies wait for the location to be open (opening hours and time zone in Edit → Preferences → Locations).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="146"/>
        <source>Save the rule</source>
        <translation>Save the rule</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="155"/>
        <source>Before switching on</source>
        <translation>Before switching on</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="157"/>
        <source>Try it on your past reviews</source>
        <translation>Try it on your past reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="165"/>
        <source>Replies it would have posted</source>
        <translation>Replies it would have posted</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="185"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="185"/>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="223"/>
        <source>Thank happy customers</source>
        <translation>Thank happy customers</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="271"/>
        <source>See what this rule would have posted before switching it on.</source>
        <translation>See what this rule would have posted before switching it on.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="283"/>
        <source>Trying the rule on your past reviews…</source>
        <translation>Trying the rule on your past reviews…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="303"/>
        <source>The preview could not be made: %1</source>
        <translation>The preview could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="314"/>
        <source>There are no past reviews to try it on yet.</source>
        <translation>There are no past reviews to try it on yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="318"/>
        <source>Of your last %1 reviews, %2 (%3) would have been answered automatically; the others stay with you.</source>
        <translation>Of your last %1 reviews, %2 (%3) would have been answered automatically; the others stay with you.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="323"/>
        <source>No past review would have been answered by this rule.</source>
        <translation>No past review would have been answered by this rule.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="330"/>
        <source>Save the rule, then try it on your past reviews.</source>
        <translation>Save the rule, then try it on your past reviews.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="332"/>
        <source>On: new 4- and 5-star reviews it covers are answered automatically. Changing its conditions switches it off until you try it again.</source>
        <translation>On: new 4- and 5-star reviews it covers are answered automatically. Changing its conditions switches it off until you try it again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="335"/>
        <source>Off. You have seen what it would post: you can switch it on.</source>
        <translation>Off. You have seen what it would post: you can switch it on.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="337"/>
        <source>Off. Try it on your past reviews before switching it on.</source>
        <translation>Off. Try it on your past reviews before switching it on.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="338"/>
        <source>Switch off</source>
        <translation>Switch off</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/auto_replies.py" line="338"/>
        <source>Switch on</source>
        <translation>Switch on</translation>
    </message>
</context>
<context>
    <name>BusinessKind</name>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="18"/>
        <source>Not chosen</source>
        <translation>Not chosen</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="19"/>
        <source>Restaurant or café</source>
        <translation>Restaurant or café</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="20"/>
        <source>Hotel or lodging</source>
        <translation>Hotel or lodging</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="21"/>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="22"/>
        <source>Online shop or delivery</source>
        <translation>Online shop or delivery</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="23"/>
        <source>Services (bank, agency, office…)</source>
        <translation>Services (bank, agency, office…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="24"/>
        <source>Health care (practice, pharmacy, vet…)</source>
        <translation>Health care (practice, pharmacy, vet…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="28"/>
        <source>Kind of business</source>
        <translation>Kind of business</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/business_kind_choice.py" line="30"/>
        <source>Drafts use words that fit it: no kitchen or dishes for a shop or a bank.</source>
        <translation>Drafts use words that fit it: no kitchen or dishes for a shop or a bank.</translation>
    </message>
</context>
<context>
    <name>BusinessPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="93"/>
        <source>A few questions so deadlines and replies fit your business.</source>
        <translation>A few questions so deadlines and replies fit your business.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="94"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="95"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="96"/>
        <source>Business name:</source>
        <translation>Business name:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="97"/>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="98"/>
        <source>e.g. Maison Dupont</source>
        <translation>e.g. Maison Dupont</translation>
    </message>
</context>
<context>
    <name>CheckedField</name>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="87"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="103"/>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/account_setup.py" line="111"/>
        <source>Looks right.</source>
        <translation>Looks right.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../workstation/ui/composer.py" line="127"/>
        <source>Suggested replies</source>
        <translation>Suggested replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="142"/>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="143"/>
        <source>Pick a suggestion above or write your reply…</source>
        <translation>Pick a suggestion above or write your reply…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="152"/>
        <source>Problems found in the reply</source>
        <translation>Problems found in the reply</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="184"/>
        <source>Mark ready</source>
        <translation>Mark ready</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="70"/>
        <location filename="../../workstation/ui/composer.py" line="189"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="156"/>
        <source>If a problem is wrong about your reply, select it and choose Ignore (or press Delete)</source>
        <translation>If a problem is wrong about your reply, select it and choose Ignore (or press Delete)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="170"/>
        <source>Ignore for this reply</source>
        <translation>Ignore for this reply</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="171"/>
        <source>The selected problem is wrong about this reply: stop checking for it</source>
        <translation>The selected problem is wrong about this reply: stop checking for it</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="175"/>
        <source>Check again for the problems you ignored</source>
        <translation>Check again for the problems you ignored</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="187"/>
        <source>The reply is finished but not sent: the list shows it as &apos;Reply ready&apos;, to find and send it later</source>
        <translation>The reply is finished but not sent: the list shows it as &apos;Reply ready&apos;, to find and send it later</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="190"/>
        <source>Queue the reply for posting (Ctrl+Enter); you can undo for 10 seconds</source>
        <translation>Queue the reply for posting (Ctrl+Enter); you can undo for 10 seconds</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="192"/>
        <source>Copy and open page</source>
        <translation>Copy and open page</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="194"/>
        <source>Mark as replied</source>
        <translation>Mark as replied</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="196"/>
        <location filename="../../workstation/ui/composer.py" line="510"/>
        <source>Undo send</source>
        <translation>Undo send</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="232"/>
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="232"/>
        <source>the customer</source>
        <translation>the customer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Reply to every point</source>
        <translation>Reply to every point</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Same, other wording</source>
        <translation>Same, other wording</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="296"/>
        <source>Shorter version</source>
        <translation>Shorter version</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="307"/>
        <source>answers: no specific complaint</source>
        <translation>answers: no specific complaint</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="308"/>
        <source>answers: %1</source>
        <translation>answers: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="378"/>
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="382"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="393"/>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="433"/>
        <source>Show ignored problems (%n)</source>
        <translation>
            <numerusform>Show ignored problem (%n)</numerusform>
            <numerusform>Show ignored problems (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="530"/>
        <source>Reply queued: it will be posted when online.</source>
        <translation>Reply queued: it will be posted when online.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="543"/>
        <source>Reply copied: paste it on the review&apos;s page, then mark it as replied.</source>
        <translation>Reply copied: paste it on the review&apos;s page, then mark it as replied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="551"/>
        <source>Marked as replied.</source>
        <translation>Marked as replied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="72"/>
        <source>Use suggestion %1</source>
        <translation>Use suggestion %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="266"/>
        <source>This review came from a file, or from a platform where the app cannot post replies: copy the reply, post it on the review&apos;s page, then mark it as replied.</source>
        <translation>This review came from a file, or from a platform where the app cannot post replies: copy the reply, post it on the review&apos;s page, then mark it as replied.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="391"/>
        <source>Must fix before sending</source>
        <translation>Must fix before sending</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="392"/>
        <source>Check (you can still send)</source>
        <translation>Check (you can still send)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="474"/>
        <source>Undo send (%1)</source>
        <translation>Undo send (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/composer.py" line="475"/>
        <source>Sending in %n second(s) — press U or Undo send to stop.</source>
        <translation>
            <numerusform>Sending in %n second — press U or Undo send to stop.</numerusform>
            <numerusform>Sending in %n seconds — press U or Undo send to stop.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="501"/>
        <source>Sending cancelled: your reply is back in the editor.</source>
        <translation>Sending cancelled: your reply is back in the editor.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/composer.py" line="503"/>
        <source>Sending cancelled: your reply is kept as a draft.</source>
        <translation>Sending cancelled: your reply is kept as a draft.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../workstation/ui/crash.py" line="30"/>
        <source>Review Workstation</source>
        <translation>Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="31"/>
        <source>Something went wrong: %1</source>
        <translation>Something went wrong: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="32"/>
        <source>Your data is safe. The details were saved in the log file.</source>
        <translation>Your data is safe. The details were saved in the log file.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crash.py" line="33"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>CrisisBanner</name>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="27"/>
        <source>Open the crisis room</source>
        <translation>Open the crisis room</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="29"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="30"/>
        <source>Hide this alert; it will not come back for this spike</source>
        <translation>Hide this alert; it will not come back for this spike</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="35"/>
        <source>Crisis alert</source>
        <translation>Crisis alert</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_banner.py" line="52"/>
        <source>Shared words: %1.</source>
        <translation>Shared words: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_banner.py" line="55"/>
        <source>(and %n other possible crisis: see the crisis room)</source>
        <translation>
            <numerusform>(and %n other possible crisis: see the crisis room)</numerusform>
            <numerusform>(and %n other possible crises: see the crisis room)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_banner.py" line="46"/>
        <source>Possible crisis: %n negative review(s) about %1 in %2 h (usually %3 a day).</source>
        <translation>
            <numerusform>Possible crisis: %n negative review about %1 in %2 h (usually %3 a day).</numerusform>
            <numerusform>Possible crisis: %n negative reviews about %1 in %2 h (usually %3 a day).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisRoom</name>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="71"/>
        <source>Assess the severity and gather the facts</source>
        <translation>Assess the severity and gather the facts</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="72"/>
        <source>Publish a holding statement quickly</source>
        <translation>Publish a holding statement quickly</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="74"/>
        <source>Acknowledge, and apologise where it is due</source>
        <translation>Acknowledge, and apologise where it is due</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="75"/>
        <source>State the corrective action</source>
        <translation>State the corrective action</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="76"/>
        <source>Answer every affected review</source>
        <translation>Answer every affected review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="77"/>
        <source>Monitor new reviews and mentions</source>
        <translation>Monitor new reviews and mentions</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="78"/>
        <source>Post-crisis review: causes, what changed, rating recovery</source>
        <translation>Post-crisis review: causes, what changed, rating recovery</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="85"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="86"/>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="87"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="93"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="94"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="95"/>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="175"/>
        <source>Crisis room</source>
        <translation>Crisis room</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="187"/>
        <source>Crises</source>
        <translation>Crises</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="204"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="208"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="211"/>
        <source>Show in the inbox</source>
        <translation>Show in the inbox</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="226"/>
        <source>%v of %m reviews answered</source>
        <translation>%v of %m reviews answered</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="230"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="231"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="239"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="251"/>
        <source>Prefill from the crisis template</source>
        <translation>Prefill from the crisis template</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="253"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="266"/>
        <source>Causes</source>
        <translation>Causes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="266"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="271"/>
        <source>Rating recovery</source>
        <translation>Rating recovery</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="275"/>
        <location filename="../../workstation/ui/crisis_room.py" line="277"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="282"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="286"/>
        <source>No crisis has been detected. The triage raises one when negative reviews about one subject rise well above the usual.</source>
        <translation>No crisis has been detected. The triage raises one when negative reviews about one subject rise well above the usual.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="355"/>
        <source>Shared evidence: %1</source>
        <translation>Shared evidence: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="356"/>
        <source>No shared phrase was found.</source>
        <translation>No shared phrase was found.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="381"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="381"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="394"/>
        <source>Timeline of the reviews involved (stars)</source>
        <translation>Timeline of the reviews involved (stars)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="445"/>
        <source>30 days before: %1 · during: %2 · 30 days after: %3</source>
        <translation>30 days before: %1 · during: %2 · 30 days after: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_room.py" line="342"/>
        <source>%n negative review(s) in %2 h (usually %3 a day), from %4 to %5.</source>
        <translation>
            <numerusform>%n negative review in %2 h (usually %3 a day), from %4 to %5.</numerusform>
            <numerusform>%n negative reviews in %2 h (usually %3 a day), from %4 to %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/crisis_room.py" line="347"/>
        <source>Severity: %1</source>
        <translation>Severity: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/crisis_room.py" line="388"/>
        <source>%1 of %n affected review(s) answered</source>
        <translation>
            <numerusform>%1 of %n affected review answered</numerusform>
            <numerusform>%1 of %n affected reviews answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="69"/>
        <source>%1 of %2 reviews</source>
        <translation>%1 of %2 reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="70"/>
        <source>%1 of %2 negative reviews</source>
        <translation>%1 of %2 negative reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="71"/>
        <source>%1 of %2 reviews due so far</source>
        <translation>%1 of %2 reviews due so far</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="80"/>
        <source>The period&apos;s reviews that have a reply, out of all the period&apos;s reviews.</source>
        <translation>The period&apos;s reviews that have a reply, out of all the period&apos;s reviews.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="82"/>
        <source>The same for the negative reviews: low ratings, and reviews the triage marks critical or high.</source>
        <translation>The same for the negative reviews: low ratings, and reviews the triage marks critical or high.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="84"/>
        <source>Reviews answered before their reply deadline, out of the reviews that were answered or whose deadline has passed. Reviews still within their deadline are not counted yet.</source>
        <translation>Reviews answered before their reply deadline, out of the reviews that were answered or whose deadline has passed. Reviews still within their deadline are not counted yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="95"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="96"/>
        <source>Response rate</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="97"/>
        <source>Response rate, negative reviews</source>
        <translation>Response rate, negative reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="98"/>
        <source>Median response time</source>
        <translation>Median response time</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="99"/>
        <source>90% answered within</source>
        <translation>90% answered within</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="100"/>
        <source>Median, business hours</source>
        <translation>Median, business hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="101"/>
        <source>90%, business hours</source>
        <translation>90%, business hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="102"/>
        <source>Answered in time</source>
        <translation>Answered in time</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="103"/>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="169"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="179"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="182"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="183"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="184"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="185"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="186"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="187"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="192"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="203"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="204"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="205"/>
        <source>Trend by:</source>
        <translation>Trend by:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="207"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="208"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="209"/>
        <source>Trend by</source>
        <translation>Trend by</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="212"/>
        <location filename="../../workstation/ui/dashboard.py" line="417"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="257"/>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="259"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="261"/>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="263"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="267"/>
        <source>Compare before and after:</source>
        <translation>Compare before and after:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="271"/>
        <source>Pivot date</source>
        <translation>Pivot date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="273"/>
        <source>First reply from the app</source>
        <translation>First reply from the app</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="282"/>
        <source>Before / after</source>
        <translation>Before / after</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="390"/>
        <source>Could not compute the figures: %1</source>
        <translation>Could not compute the figures: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="445"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="446"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="480"/>
        <source>Average rating by week</source>
        <translation>Average rating by week</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="480"/>
        <source>Average rating by month</source>
        <translation>Average rating by month</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="481"/>
        <source>Reviews by sentiment, by week</source>
        <translation>Reviews by sentiment, by week</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="481"/>
        <source>Reviews by sentiment, by month</source>
        <translation>Reviews by sentiment, by month</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="482"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="499"/>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="500"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="504"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="522"/>
        <source>(no location)</source>
        <translation>(no location)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="522"/>
        <source>(unknown)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="535"/>
        <source>No reply has been sent yet: choose a date to compare.</source>
        <translation>No reply has been sent yet: choose a date to compare.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="539"/>
        <source>All reviews before and after %1.</source>
        <translation>All reviews before and after %1.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="541"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="296"/>
        <location filename="../../workstation/ui/dashboard.py" line="300"/>
        <source>Automatic replies</source>
        <translation>Automatic replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/dashboard.py" line="315"/>
        <source>%1 of %2 replies</source>
        <translation>%1 of %2 replies</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="455"/>
        <source>%n review(s) without a date, left out of times.</source>
        <translation>
            <numerusform>%n review without a date, left out of times.</numerusform>
            <numerusform>%n reviews without a date, left out of times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="457"/>
        <source>%n reply(ies) dated before their review: counted as replied, left out of times.</source>
        <translation>
            <numerusform>%n reply dated before its review: counted as replied, left out of times.</numerusform>
            <numerusform>%n replies dated before their review: counted as replied, left out of times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="460"/>
        <source>%n older review(s) arrived more than a day after publication (for example from an imported file): the deadline counts from the arrival, so age alone never makes one overdue.</source>
        <translation>
            <numerusform>%n older review arrived more than a day after publication (for example from an imported file): the deadline counts from its arrival, so its age alone never makes it overdue.</numerusform>
            <numerusform>%n older reviews arrived more than a day after publication (for example from an imported file): the deadline counts from their arrival, so age alone never makes one overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="464"/>
        <source>%n older review(s) arrived more than 14 days after publication (for example from an imported file): no deadline, left out of deadline figures; answer when you can.</source>
        <translation>
            <numerusform>%n older review arrived more than 14 days after publication (for example from an imported file): no deadline, left out of deadline figures; answer it when you can.</numerusform>
            <numerusform>%n older reviews arrived more than 14 days after publication (for example from an imported file): no deadline, left out of deadline figures; answer them when you can.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/dashboard.py" line="468"/>
        <source>%n review(s) without a publication date: timed from when first seen.</source>
        <translation>
            <numerusform>%n review without a publication date: timed from when first seen.</numerusform>
            <numerusform>%n reviews without a publication date: timed from when first seen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="60"/>
        <source>today</source>
        <translation>today</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="62"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="72"/>
        <source>Why this review needs attention</source>
        <translation>Why this review needs attention</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="77"/>
        <source>Review text</source>
        <translation>Review text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="80"/>
        <location filename="../../workstation/ui/detail.py" line="81"/>
        <source>Open review online</source>
        <translation>Open review online</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="85"/>
        <location filename="../../workstation/ui/detail.py" line="89"/>
        <source>Replies and edit history</source>
        <translation>Replies and edit history</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="96"/>
        <source>No review selected</source>
        <translation>No review selected</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="107"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="130"/>
        <source>Automatic reply (rule %3, %1, %2)</source>
        <translation>Automatic reply (rule %3, %1, %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="135"/>
        <source>Not sent yet: %1</source>
        <translation>Not sent yet: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="142"/>
        <source>No reply yet, no earlier version.</source>
        <translation>No reply yet, no earlier version.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="163"/>
        <source>Not analysed yet.</source>
        <translation>Not analysed yet.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="194"/>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="194"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="195"/>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="198"/>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="169"/>
        <source>Urgency: %1</source>
        <translation>Urgency: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="169"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="131"/>
        <source>Reply (%1, %2)</source>
        <translation>Reply (%1, %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/detail.py" line="138"/>
        <source>Earlier version (%1, %2)</source>
        <translation>Earlier version (%1, %2)</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="110"/>
        <source>due in %1</source>
        <translation>due in %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="111"/>
        <source>overdue by %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="118"/>
        <source>older review: no deadline</source>
        <translation>older review: no deadline</translation>
    </message>
</context>
<context>
    <name>EmptyInboxHint</name>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="42"/>
        <source>No reviews yet</source>
        <translation>No reviews yet</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="43"/>
        <source>&lt;a href=&apos;import&apos;&gt;Import a file of reviews&lt;/a&gt; (a CSV or Excel export, Ctrl+O)</source>
        <translation>&lt;a href=&apos;import&apos;&gt;Import a file of reviews&lt;/a&gt; (a CSV or Excel export, Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="44"/>
        <source>or &lt;a href=&apos;connect&apos;&gt;connect an account&lt;/a&gt; (Google, App Store, Google Play, Trustpilot).</source>
        <translation>or &lt;a href=&apos;connect&apos;&gt;connect an account&lt;/a&gt; (Google, App Store, Google Play, Trustpilot).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_inbox.py" line="45"/>
        <source>Business, locations and signature: &lt;a href=&apos;preferences&apos;&gt;Preferences&lt;/a&gt;.</source>
        <translation>Business, locations and signature: &lt;a href=&apos;preferences&apos;&gt;Preferences&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="31"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="50"/>
        <source>No review matches “%1”.</source>
        <translation>No review matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="51"/>
        <source>Check the spelling, try fewer words, or clear the filters to search every review.</source>
        <translation>Check the spelling, try fewer words, or clear the filters to search every review.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="53"/>
        <source>No review matches these filters.</source>
        <translation>No review matches these filters.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="54"/>
        <source>Remove a filter above, or clear them all.</source>
        <translation>Remove a filter above, or clear them all.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="56"/>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/empty_state.py" line="57"/>
        <source>No review is in this view right now. Other views are on the left; File → Import reviews… brings reviews in from a file.</source>
        <translation>No review is in this view right now. Other views are on the left; File → Import reviews… brings reviews in from a file.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="72"/>
        <source>Search reviews (press /)</source>
        <translation>Search reviews (press /)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="74"/>
        <source>Search reviews</source>
        <translation>Search reviews</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="83"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/filter_bar.py" line="84"/>
        <source>Only reviews with %n star(s)</source>
        <translation>
            <numerusform>Only reviews with %n star</numerusform>
            <numerusform>Only reviews with %n stars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="90"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="91"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="98"/>
        <source>Category or topic</source>
        <translation>Category or topic</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="99"/>
        <source>Only reviews with this severity category, topic or flag</source>
        <translation>Only reviews with this severity category, topic or flag</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="108"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="110"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="111"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="111"/>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="118"/>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="118"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="127"/>
        <source>Save view…</source>
        <translation>Save view…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="128"/>
        <source>Save this view</source>
        <translation>Save this view</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="199"/>
        <source>Reasons and topics</source>
        <translation>Reasons and topics</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="134"/>
        <source>Active filters</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="153"/>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="173"/>
        <source>Filtered by:</source>
        <translation>Filtered by:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="179"/>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="180"/>
        <source>Remove the filter %1</source>
        <translation>Remove the filter %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/filter_bar.py" line="183"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="77"/>
        <location filename="../../workstation/ui/import_flow.py" line="244"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="102"/>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="166"/>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="223"/>
        <source>cancelled, nothing imported</source>
        <translation>cancelled, nothing imported</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="236"/>
        <source>Imported %1, updated %2, unchanged %3, errors %4</source>
        <translation>Imported %1, updated %2, unchanged %3, errors %4</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="248"/>
        <source>Some rows or files could not be imported. Good rows were kept.</source>
        <translation>Some rows or files could not be imported. Good rows were kept.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="229"/>
        <source>%1, row %2: %3</source>
        <translation>%1, row %2: %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="243"/>
        <source>…and %1 more (Show Details…)</source>
        <translation>…and %1 more (Show Details…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/import_flow.py" line="249"/>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="145"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="146"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="147"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="148"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="149"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="150"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="151"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="153"/>
        <source>Lang.</source>
        <translation>Lang.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="154"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="164"/>
        <source>(unavailable)</source>
        <translation>(unavailable)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/inbox_model.py" line="184"/>
        <source>%n star(s)</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="187"/>
        <source>Published more than 14 days before it reached the app (for example from an imported file). Answer it when you can: it does not count as late.</source>
        <translation>Published more than 14 days before it reached the app (for example from an imported file). Answer it when you can: it does not count as late.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/inbox_model.py" line="221"/>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
</context>
<context>
    <name>LocationsPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="143"/>
        <source>Your shops or sites. Reply deadlines count only the hours you are open, in each location&apos;s time zone.</source>
        <translation>Your shops or sites. Reply deadlines count only the hours you are open, in each location&apos;s time zone.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="145"/>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="146"/>
        <source>Add a location</source>
        <translation>Add a location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="147"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="148"/>
        <source>Only a location added just now can be removed: saved ones keep their reviews.</source>
        <translation>Only a location added just now can be removed: saved ones keep their reviews.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="88"/>
        <location filename="../../workstation/ui/main_window.py" line="957"/>
        <source>Review Workstation</source>
        <translation>Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="92"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="101"/>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/analysis_job.py" line="94"/>
        <source>Analysis failed: %1</source>
        <translation>Analysis failed: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="214"/>
        <source>&amp;Import reviews…</source>
        <translation>&amp;Import reviews…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="217"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="219"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="224"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="228"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="229"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="232"/>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="234"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="236"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="239"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="244"/>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="245"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="246"/>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="248"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="250"/>
        <source>No reply &amp;needed</source>
        <translation>No reply &amp;needed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="255"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Reply…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="257"/>
        <source>Close the reply</source>
        <translation>Close the reply</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="259"/>
        <source>Reply settings…</source>
        <translation>Reply settings…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="261"/>
        <source>Reply templates…</source>
        <translation>Reply templates…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="265"/>
        <source>Retry failed replies</source>
        <translation>Retry failed replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="266"/>
        <source>Take back the queued reply…</source>
        <translation>Take back the queued reply…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="268"/>
        <source>Delete the reply on the platform…</source>
        <translation>Delete the reply on the platform…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="275"/>
        <source>Back to &amp;inbox</source>
        <translation>Back to &amp;inbox</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="278"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="283"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="284"/>
        <source>&amp;Crisis room</source>
        <translation>&amp;Crisis room</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="287"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="296"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="297"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="299"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="316"/>
        <source>A sync is already running.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="327"/>
        <source>%n reply(ies) posted</source>
        <translation>
            <numerusform>%n reply posted</numerusform>
            <numerusform>%n replies posted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="338"/>
        <source>Sync finished: %n new review(s).</source>
        <translation>
            <numerusform>Sync finished: %n new review.</numerusform>
            <numerusform>Sync finished: %n new reviews.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="341"/>
        <source>%n source(s) failed: details under “%1”, bottom right.</source>
        <translation>
            <numerusform>%n source failed: details under “%1”, bottom right.</numerusform>
            <numerusform>%n sources failed: details under “%1”, bottom right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="344"/>
        <source>%n reply(ies) posted.</source>
        <translation>
            <numerusform>%n reply posted.</numerusform>
            <numerusform>%n replies posted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="371"/>
        <source>This review has no queued reply to take back.</source>
        <translation>This review has no queued reply to take back.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="375"/>
        <source>This deletion is being sent right now: it can no longer be taken back.</source>
        <translation>This deletion is being sent right now: it can no longer be taken back.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="376"/>
        <source>This reply is being sent right now: it can no longer be taken back.</source>
        <translation>This reply is being sent right now: it can no longer be taken back.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="380"/>
        <source>Take back the deletion</source>
        <translation>Take back the deletion</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="381"/>
        <source>Take back the deletion of the reply to %1? The reply stays on the platform.</source>
        <translation>Take back the deletion of the reply to %1? The reply stays on the platform.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="383"/>
        <source>Take back the queued reply</source>
        <translation>Take back the queued reply</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="384"/>
        <source>Take back the reply to %1 before it is posted? It becomes a draft again.</source>
        <translation>Take back the reply to %1 before it is posted? It becomes a draft again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="394"/>
        <source>Deletion taken back: the reply stays on the platform.</source>
        <translation>Deletion taken back: the reply stays on the platform.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="395"/>
        <source>Reply taken back: it is a draft again.</source>
        <translation>Reply taken back: it is a draft again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="411"/>
        <source>This review’s reply is being sent right now: delete it once it is online.</source>
        <translation>This review’s reply is being sent right now: delete it once it is online.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="413"/>
        <source>The deletion of this reply is already waiting to be sent.</source>
        <translation>The deletion of this reply is already waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="416"/>
        <source>This review has no reply posted from the app to delete.</source>
        <translation>This review has no reply posted from the app to delete.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="420"/>
        <source>Delete your reply to %1 on the platform? The review will need a reply again.</source>
        <translation>Delete your reply to %1 on the platform? The review will need a reply again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="378"/>
        <location filename="../../workstation/ui/main_window.py" line="421"/>
        <source>this review</source>
        <translation>this review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="434"/>
        <source>The reply will be deleted on the platform; the review will then need a reply again.</source>
        <translation>The reply will be deleted on the platform; the review will then need a reply again.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="448"/>
        <source>%n failed reply(ies) queued again.</source>
        <translation>
            <numerusform>%n failed reply queued again.</numerusform>
            <numerusform>%n failed replies queued again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="507"/>
        <source>%1: negative</source>
        <translation>%1: negative</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="573"/>
        <source>Preparing the report…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="580"/>
        <source>Preparing the report… %1 of %2 steps</source>
        <translation>Preparing the report… %1 of %2 steps</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="589"/>
        <source>The report could not be saved to %1 (%2).</source>
        <translation>The report could not be saved to %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="593"/>
        <source>Report saved: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="597"/>
        <source>The report could not be prepared: %1</source>
        <translation>The report could not be prepared: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="681"/>
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="694"/>
        <source>Save view</source>
        <translation>Save view</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="694"/>
        <source>Name of this view:</source>
        <translation>Name of this view:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="773"/>
        <source>Some reply templates could not be loaded: %1</source>
        <translation>Some reply templates could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="889"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="889"/>
        <source>Marked “no reply needed”</source>
        <translation>Marked “no reply needed”</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="890"/>
        <source>Moved back to the inbox</source>
        <translation>Moved back to the inbox</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/main_window.py" line="892"/>
        <source>%1: %n review(s). Press U to undo.</source>
        <translation>
            <numerusform>%1: %n review. Press U to undo.</numerusform>
            <numerusform>%1: %n reviews. Press U to undo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="901"/>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="914"/>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="920"/>
        <source>Import reviews</source>
        <translation>Import reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="921"/>
        <source>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</source>
        <translation>Review files (*.csv *.tsv *.txt *.json *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="983"/>
        <source>About Review Workstation</source>
        <translation>About Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="984"/>
        <source>Review Workstation %1
All your customer reviews in one offline inbox.</source>
        <translation>Review Workstation %1
All your customer reviews in one offline inbox.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="263"/>
        <source>Automatic replies…</source>
        <translation>Automatic replies…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="221"/>
        <source>&amp;Export a report…</source>
        <translation>&amp;Export a report…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="271"/>
        <source>Reply targets and opening hours…</source>
        <translation>Reply targets and opening hours…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="273"/>
        <source>Invite customers to review…</source>
        <translation>Invite customers to review…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="419"/>
        <source>Delete the reply on the platform</source>
        <translation>Delete the reply on the platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="509"/>
        <source>Reasons</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="509"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="510"/>
        <source>Complaints by topic</source>
        <translation>Complaints by topic</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="510"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="975"/>
        <source>Reply view</source>
        <translation>Reply view</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="49"/>
        <source>Which column is which?</source>
        <translation>Which column is which?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Review text</source>
        <translation>Review text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="64"/>
        <source>Review id</source>
        <translation>Review id</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="65"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="65"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="66"/>
        <source>Reply text</source>
        <translation>Reply text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="66"/>
        <source>Reply date</source>
        <translation>Reply date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="74"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="119"/>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="54"/>
        <source>We could not recognise every column of “%1”. Check the choices below: the preview shows the first rows as they will be imported. Only the review text is required.</source>
        <translation>We could not recognise every column of “%1”. Check the choices below: the preview shows the first rows as they will be imported. Only the review text is required.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="81"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="93"/>
        <source>Preview of the import</source>
        <translation>Preview of the import</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="99"/>
        <source>Remember these choices for files with the same columns</source>
        <translation>Remember these choices for files with the same columns</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="107"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="139"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="139"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="148"/>
        <source>Choose the column that holds the review text to see a preview.</source>
        <translation>Choose the column that holds the review text to see a preview.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/mapping_dialog.py" line="161"/>
        <source>Preview: the first %1 rows as they will be imported</source>
        <translation>Preview: the first %1 rows as they will be imported</translation>
    </message>
</context>
<context>
    <name>PointChooser</name>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="47"/>
        <source>Change points…</source>
        <translation>Change points…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="48"/>
        <source>Change the points the drafts answer</source>
        <translation>Change the points the drafts answer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="50"/>
        <source>Leave out a point the review never raised, or add one it did: the drafts are written again</source>
        <translation>Leave out a point the review never raised, or add one it did: the drafts are written again</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="85"/>
        <source>Points to answer: %1</source>
        <translation>Points to answer: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="86"/>
        <source>Points to answer: none found (the drafts thank or answer in general)</source>
        <translation>Points to answer: none found (the drafts thank or answer in general)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="88"/>
        <source>Points to answer, as you chose: %1</source>
        <translation>Points to answer, as you chose: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="89"/>
        <source>Points to answer, as you chose: none (the drafts answer in general)</source>
        <translation>Points to answer, as you chose: none (the drafts answer in general)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="104"/>
        <source>Found in the review</source>
        <translation>Found in the review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="106"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="111"/>
        <source>Add a point</source>
        <translation>Add a point</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/point_chooser.py" line="115"/>
        <source>Use the points found</source>
        <translation>Use the points found</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="42"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="50"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="51"/>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="52"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="57"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="95"/>
        <source>Team server</source>
        <translation>Team server</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/preferences.py" line="96"/>
        <source>The change takes effect the next time you open the app.</source>
        <translation>The change takes effect the next time you open the app.</translation>
    </message>
</context>
<context>
    <name>PresenceBanner</name>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="43"/>
        <source>Someone else is answering</source>
        <translation>Someone else is answering</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="77"/>
        <source>%1 is answering this review since %2.</source>
        <translation>%1 is answering this review since %2.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="79"/>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/presence_banner.py" line="81"/>
        <source>%1 are answering this review: agree on who replies.</source>
        <translation>%1 are answering this review: agree on who replies.</translation>
    </message>
</context>
<context>
    <name>PreventionDialog</name>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="39"/>
        <source>Invite customers to review</source>
        <translation>Invite customers to review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="47"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="49"/>
        <source>The page where customers write a review, https://…</source>
        <translation>The page where customers write a review, https://…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="50"/>
        <source>Review link</source>
        <translation>Review link</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="55"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Text message</source>
        <translation>Text message</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="57"/>
        <source>Printed card</source>
        <translation>Printed card</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="60"/>
        <source>Message for</source>
        <translation>Message for</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="76"/>
        <source>Copy the message</source>
        <translation>Copy the message</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="77"/>
        <source>Save QR code (PNG)…</source>
        <translation>Save QR code (PNG)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="78"/>
        <source>Save QR code (SVG)…</source>
        <translation>Save QR code (SVG)…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="79"/>
        <source>Save the link</source>
        <translation>Save the link</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="112"/>
        <source>No QR code: %1</source>
        <translation>No QR code: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="113"/>
        <source>Enter the location&apos;s review link (https://…) to get its QR code.</source>
        <translation>Enter the location&apos;s review link (https://…) to get its QR code.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="140"/>
        <source>Save QR code</source>
        <translation>Save QR code</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/prevention.py" line="147"/>
        <source>The QR code could not be saved to %1: check the folder exists and that you can write in it.</source>
        <translation>The QR code could not be saved to %1: check the folder exists and that you can write in it.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="13"/>
        <source>Review Workstation</source>
        <translation>Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="14"/>
        <source>The damaged file will be kept (renamed), not deleted. What would you like to do?</source>
        <translation>The damaged file will be kept (renamed), not deleted. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="16"/>
        <source>Restore the last backup</source>
        <translation>Restore the last backup</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="18"/>
        <source>Choose a backup…</source>
        <translation>Choose a backup…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="20"/>
        <source>Start with an empty inbox</source>
        <translation>Start with an empty inbox</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="28"/>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/recovery.py" line="28"/>
        <source>Backup:</source>
        <translation>Backup:</translation>
    </message>
</context>
<context>
    <name>RepliesPage</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="234"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="231"/>
        <source>How your replies end. The contact is public: give an address or phone number customers may use, never a private one.</source>
        <translation>How your replies end. The contact is public: give an address or phone number customers may use, never a private one.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="230"/>
        <source>Kind of business:</source>
        <translation>Kind of business:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="233"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="235"/>
        <source>e.g. Marie, Maison Dupont</source>
        <translation>e.g. Marie, Maison Dupont</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="236"/>
        <source>Public contact:</source>
        <translation>Public contact:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="237"/>
        <source>Public contact</source>
        <translation>Public contact</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="238"/>
        <source>e.g. contact@example.com or 01 23 45 67 89</source>
        <translation>e.g. contact@example.com or 01 23 45 67 89</translation>
    </message>
</context>
<context>
    <name>ReplySettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="32"/>
        <source>Reply settings</source>
        <translation>Reply settings</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="35"/>
        <source>Used to fill the {signature} and {contact} of reply templates. A location&apos;s own values win over the ones for all locations.</source>
        <translation>Used to fill the {signature} and {contact} of reply templates. A location&apos;s own values win over the ones for all locations.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="41"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="42"/>
        <source>All locations</source>
        <translation>All locations</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="45"/>
        <source>For:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="47"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="49"/>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="51"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="52"/>
        <source>e.g. contact@example.com or 01 23 45 67 89</source>
        <translation>e.g. contact@example.com or 01 23 45 67 89</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="53"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/reply_settings.py" line="56"/>
        <source>Kind of business:</source>
        <translation>Kind of business:</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="92"/>
        <source>Export a report</source>
        <translation>Export a report</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="105"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="105"/>
        <source>This month so far</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="106"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="107"/>
        <source>Choose the dates</source>
        <translation>Choose the dates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="109"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="116"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="118"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="135"/>
        <source>Locations:</source>
        <translation>Locations:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="141"/>
        <source>Language of the report:</source>
        <translation>Language of the report:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="145"/>
        <source>PDF report: figures, charts and tables, ready to print</source>
        <translation>PDF report: figures, charts and tables, ready to print</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="146"/>
        <source>Spreadsheet (CSV): one line per review</source>
        <translation>Spreadsheet (CSV): one line per review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="147"/>
        <source>Spreadsheet (CSV): the figures only</source>
        <translation>Spreadsheet (CSV): the figures only</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="153"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="159"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="163"/>
        <source>Save as:</source>
        <translation>Save as:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="170"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="214"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="214"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="215"/>
        <source>Save the report as</source>
        <translation>Save the report as</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="243"/>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="246"/>
        <source>Tick at least one location.</source>
        <translation>Tick at least one location.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_export.py" line="249"/>
        <source>This folder does not exist: %1</source>
        <translation>This folder does not exist: %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="72"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="77"/>
        <source>First page of the report</source>
        <translation>First page of the report</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="81"/>
        <source>First lines of the file</source>
        <translation>First lines of the file</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="99"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="147"/>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="158"/>
        <source>First page of the PDF.</source>
        <translation>First page of the PDF.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/report_preview.py" line="163"/>
        <source>First lines of the file.</source>
        <translation>First lines of the file.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="50"/>
        <source>Mon–Fri, 9:00–18:00</source>
        <translation>Mon–Fri, 9:00–18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="51"/>
        <source>Mon–Sat, 9:00–19:00</source>
        <translation>Mon–Sat, 9:00–19:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="52"/>
        <source>Tue–Sat, 9:00–18:00</source>
        <translation>Tue–Sat, 9:00–18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="53"/>
        <source>Every day, 9:00–19:00</source>
        <translation>Every day, 9:00–19:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="54"/>
        <source>As set in opening hours</source>
        <translation>As set in opening hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/setup_pages.py" line="56"/>
        <source>Not set yet (Mon–Fri, 9:00–18:00)</source>
        <translation>Not set yet (Mon–Fri, 9:00–18:00)</translation>
    </message>
</context>
<context>
    <name>SetupAssistant</name>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="109"/>
        <source>Set up Review Workstation</source>
        <translation>Set up Review Workstation</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="110"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="111"/>
        <source>Welcome! Five short steps so that deadlines and replies fit your business. Everything can be changed later in Preferences.</source>
        <translation>Welcome! Five short steps so that deadlines and replies fit your business. Everything can be changed later in Preferences.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="113"/>
        <source>All set. What would you like to do first?</source>
        <translation>All set. What would you like to do first?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="114"/>
        <source>Import a file of reviews (CSV or Excel export)</source>
        <translation>Import a file of reviews (CSV or Excel export)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="115"/>
        <source>Connect an account (Google, App Store, Trustpilot…)</source>
        <translation>Connect an account (Google, App Store, Trustpilot…)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="116"/>
        <source>Explore the demo first (sample reviews, nothing is sent)</source>
        <translation>Explore the demo first (sample reviews, nothing is sent)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>Your business</source>
        <translation>Your business</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>Your locations</source>
        <translation>Your locations</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="121"/>
        <source>Your replies</source>
        <translation>Your replies</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="121"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="127"/>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="133"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="120"/>
        <source>How you work</source>
        <translation>How you work</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/first_run.py" line="133"/>
        <source>Join the team</source>
        <translation>Join the team</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="78"/>
        <location filename="../../workstation/ui/shortcuts_help.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="81"/>
        <source>Keys work in the main window; press Escape to close this window.</source>
        <translation>Keys work in the main window; press Escape to close this window.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="86"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/shortcuts_help.py" line="101"/>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="26"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="38"/>
        <source>Needs reply</source>
        <translation>Needs reply</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="39"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="40"/>
        <source>Due or overdue</source>
        <translation>Due or overdue</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="41"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="42"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="43"/>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="44"/>
        <source>No reply needed</source>
        <translation>No reply needed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="45"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="63"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="73"/>
        <source>Locations</source>
        <translation>Locations</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="78"/>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sidebar.py" line="156"/>
        <source>Delete saved view “%1”</source>
        <translation>Delete saved view “%1”</translation>
    </message>
</context>
<context>
    <name>SlaSettingsDialog</name>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="56"/>
        <source>Reply targets and opening hours</source>
        <translation>Reply targets and opening hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="59"/>
        <source>Deadlines count from a review&apos;s publication. A review that arrives more than a day after it was published (for example from an imported file) counts from its arrival instead: its age alone never makes it overdue.</source>
        <translation>Deadlines count from a review&apos;s publication. A review that arrives more than a day after it was published (for example from an imported file) counts from its arrival instead: its age alone never makes it overdue.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="64"/>
        <source>Reply targets (business time)</source>
        <translation>Reply targets (business time)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="69"/>
        <source>Critical reviews</source>
        <translation>Critical reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="69"/>
        <source>Negative reviews (1–2★ or high urgency)</source>
        <translation>Negative reviews (1–2★ or high urgency)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="70"/>
        <source>Other reviews</source>
        <translation>Other reviews</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="78"/>
        <source>business hours</source>
        <translation>business hours</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="79"/>
        <source>business days</source>
        <translation>business days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="89"/>
        <location filename="../../workstation/ui/sla_settings.py" line="95"/>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="99"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="103"/>
        <source>Country (public holidays)</source>
        <translation>Country (public holidays)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="105"/>
        <source>e.g. ON, QC, 57 (optional)</source>
        <translation>e.g. ON, QC, 57 (optional)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="106"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="107"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="108"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="113"/>
        <source>closed — or e.g. 09:00-12:00, 14:00-18:00</source>
        <translation>closed — or e.g. 09:00-12:00, 14:00-18:00</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="118"/>
        <source>Mon–Fri 9–18</source>
        <translation>Mon–Fri 9–18</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="118"/>
        <source>Open 24/7</source>
        <translation>Open 24/7</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="126"/>
        <source>One date per line, e.g. 2026-12-24</source>
        <translation>One date per line, e.g. 2026-12-24</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="129"/>
        <source>Closed days</source>
        <translation>Closed days</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="132"/>
        <source>Review link</source>
        <translation>Review link</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="196"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sla_settings.py" line="206"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” is not a date (YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>SourceName</name>
    <message>
        <location filename="../../workstation/ui/triage_labels.py" line="48"/>
        <source>%1 (files)</source>
        <translation>%1 (files)</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../workstation/ui/format.py" line="88"/>
        <source>Removed on platform</source>
        <translation>Removed on platform</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="90"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="92"/>
        <source>No reply needed</source>
        <translation>No reply needed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="94"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="95"/>
        <source>Reply queued</source>
        <translation>Reply queued</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="96"/>
        <source>Reply failed</source>
        <translation>Reply failed</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="97"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="98"/>
        <source>Reply ready</source>
        <translation>Reply ready</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/format.py" line="99"/>
        <source>Needs reply</source>
        <translation>Needs reply</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="172"/>
        <source>Sync status</source>
        <extracomment>A send problem&apos;s parts by its index in `send_problems` (`SendResult.problem_parts`): the controller says those lines in the window&apos;s language, the others in their English.</extracomment>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="227"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="250"/>
        <location filename="../../workstation/ui/team_actions.py" line="264"/>
        <source>Syncing %1: %n review(s)</source>
        <translation>
            <numerusform>Syncing %1: %n review</numerusform>
            <numerusform>Syncing %1: %n reviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="255"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="257"/>
        <source>%1: the platform does not answer; sync resumes on its own.</source>
        <translation>%1: the platform does not answer; sync resumes on its own.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="259"/>
        <location filename="../../workstation/ui/sync_controller.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="260"/>
        <source>%n new review(s)</source>
        <translation>
            <numerusform>%n new review</numerusform>
            <numerusform>%n new reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="260"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="262"/>
        <source>%n removed from the platform</source>
        <translation>
            <numerusform>%n removed from the platform</numerusform>
            <numerusform>%n removed from the platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="264"/>
        <source>%n reply(ies) found on the platform</source>
        <translation>
            <numerusform>%n reply found on the platform</numerusform>
            <numerusform>%n replies found on the platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/sync_controller.py" line="266"/>
        <source>%n unreadable review(s) skipped</source>
        <translation>
            <numerusform>%n unreadable review skipped</numerusform>
            <numerusform>%n unreadable reviews skipped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="279"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="280"/>
        <source>The network is unreachable; sync resumes on its own.</source>
        <translation>The network is unreachable; sync resumes on its own.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/main_window.py" line="340"/>
        <location filename="../../workstation/ui/sync_controller.py" line="282"/>
        <location filename="../../workstation/ui/sync_controller.py" line="292"/>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/sync_controller.py" line="285"/>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="51"/>
        <source>Source %1</source>
        <translation>Source %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="53"/>
        <source>%1: %2 new, %3 updated</source>
        <translation>%1: %2 new, %3 updated</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="56"/>
        <source>%1: another computer of the team is syncing it right now; its reviews will appear here when it is done.</source>
        <translation>%1: another computer of the team is syncing it right now; its reviews will appear here when it is done.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="60"/>
        <source>%1: this computer does not have the account’s sign-in details, so the team computer that has them syncs it. To sync it from here too, save them once with: workstation source credentials --source %2 --credentials FILE</source>
        <translation>%1: this computer does not have the account’s sign-in details, so the team computer that has them syncs it. To sync it from here too, save them once with: workstation source credentials --source %2 --credentials FILE</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="65"/>
        <source>%1: the platform does not answer; it will be tried again.</source>
        <translation>%1: the platform does not answer; it will be tried again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="78"/>
        <source>The team server does not answer: nothing was synced or sent. Your replies stay queued on this computer and go when the server is back.</source>
        <translation>The team server does not answer: nothing was synced or sent. Your replies stay queued on this computer and go when the server is back.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="89"/>
        <source>Synced: %1 new, %2 updated</source>
        <translation>Synced: %1 new, %2 updated</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="93"/>
        <source>%n source(s) being synced by another team computer</source>
        <translation>
            <numerusform>%n source being synced by another team computer</numerusform>
            <numerusform>%n sources being synced by another team computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="96"/>
        <source>%n source(s) without sign-in details on this computer</source>
        <translation>
            <numerusform>%n source without sign-in details on this computer</numerusform>
            <numerusform>%n sources without sign-in details on this computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="99"/>
        <source>%n platform(s) not answering</source>
        <translation>
            <numerusform>%n platform not answering</numerusform>
            <numerusform>%n platforms not answering</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="102"/>
        <source>%n source(s) with a problem</source>
        <translation>
            <numerusform>%n source with a problem</numerusform>
            <numerusform>%n sources with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_actions.py" line="120"/>
        <source>%n reply(ies) wait for a team computer that has the account’s sign-in details.</source>
        <translation>
            <numerusform>%n reply waits for a team computer that has the account’s sign-in details.</numerusform>
            <numerusform>%n replies wait for a team computer that has the account’s sign-in details.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="145"/>
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="234"/>
        <source>Syncing with the team server…</source>
        <translation>Syncing with the team server…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="234"/>
        <source>Sending replies…</source>
        <translation>Sending replies…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="288"/>
        <location filename="../../workstation/ui/team_actions.py" line="306"/>
        <source>Sync problem</source>
        <translation>Sync problem</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="295"/>
        <source>Waiting for the team server</source>
        <translation>Waiting for the team server</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="300"/>
        <source>The team server does not answer: nothing was synced or sent.</source>
        <translation>The team server does not answer: nothing was synced or sent.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="308"/>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="310"/>
        <source>Replies sent %1</source>
        <translation>Replies sent %1</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="311"/>
        <source>Nothing waiting to send</source>
        <translation>Nothing waiting to send</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="321"/>
        <source>Sign-in details not on this computer</source>
        <translation>Sign-in details not on this computer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_actions.py" line="349"/>
        <source>Nothing of this file was imported; import it again when the server answers.</source>
        <translation>Nothing of this file was imported; import it again when the server answers.</translation>
    </message>
</context>
<context>
    <name>TeamMirrorController</name>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="65"/>
        <source>Team server status</source>
        <translation>Team server status</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="85"/>
        <source>Team server: connecting…</source>
        <translation>Team server: connecting…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="150"/>
        <source>Team server: problem</source>
        <translation>Team server: problem</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="160"/>
        <source>Team server: up to date</source>
        <translation>Team server: up to date</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="163"/>
        <source>Working offline — your replies will be sent when the server is back</source>
        <translation>Working offline — your replies will be sent when the server is back</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="167"/>
        <source>The team server does not answer: you are working on this computer’s copy of the inbox.</source>
        <translation>The team server does not answer: you are working on this computer’s copy of the inbox.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="170"/>
        <source>Team server: connection refused</source>
        <translation>Team server: connection refused</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="197"/>
        <source>The team server kept its version</source>
        <translation>The team server kept its version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/team_link.py" line="198"/>
        <source>%n of your changes was not made on the team server: a colleague had already answered the review, or the reply was already being sent. Nothing is ever posted twice. Your text is kept below.</source>
        <translation>
            <numerusform>%n of your changes was not made on the team server: a colleague had already answered the review, or the reply was already being sent. Nothing is ever posted twice. Your text is kept below.</numerusform>
            <numerusform>%n of your changes were not made on the team server: a colleague had already answered the reviews, or the replies were already being sent. Nothing is ever posted twice. Your text is kept below.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="203"/>
        <source>Review %1: %2
Your text: %3</source>
        <translation>Review %1: %2
Your text: %3</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="231"/>
        <source>Shared with your team: everyone sees these settings once saved. If two people change the same one, the last one saved wins.</source>
        <translation>Shared with your team: everyone sees these settings once saved. If two people change the same one, the last one saved wins.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="235"/>
        <source>The language and the Team tab stay on this computer.</source>
        <translation>The language and the Team tab stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_link.py" line="238"/>
        <source>Rules that are on answer for the whole team while the app is open on at least one team computer, and never answer a review twice.</source>
        <translation>Rules that are on answer for the whole team while the app is open on at least one team computer, and never answer a review twice.</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="132"/>
        <source>The server refused this user name or password. Type them again.</source>
        <translation>The server refused this user name or password. Type them again.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="135"/>
        <source>The server does not offer encryption (TLS). Ask its administrator to enable it.</source>
        <translation>The server does not offer encryption (TLS). Ask its administrator to enable it.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="138"/>
        <source>The server’s certificate could not be checked. If your administrator uses a self-signed certificate, tick “Accept the server’s self-signed certificate”.</source>
        <translation>The server’s certificate could not be checked. If your administrator uses a self-signed certificate, tick “Accept the server’s self-signed certificate”.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="142"/>
        <source>The server has no database with this name.</source>
        <translation>The server has no database with this name.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="145"/>
        <source>The server does not answer. Check the address and that the server is running.</source>
        <translation>The server does not answer. Check the address and that the server is running.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="148"/>
        <source>This team server was set up by a newer version of the app. Update the app first; nothing was changed on the server.</source>
        <translation>This team server was set up by a newer version of the app. Update the app first; nothing was changed on the server.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="152"/>
        <source>A team server on another computer must be reached with encryption (TLS).</source>
        <translation>A team server on another computer must be reached with encryption (TLS).</translation>
    </message>
</context>
<context>
    <name>TeamServerPage</name>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="236"/>
        <source>Work on your own with the reviews kept on this computer, or join your team’s server to share one inbox with your colleagues.</source>
        <translation>Work on your own with the reviews kept on this computer, or join your team’s server to share one inbox with your colleagues.</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="238"/>
        <source>Work alone on this computer</source>
        <translation>Work alone on this computer</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="239"/>
        <source>Join a team server</source>
        <translation>Join a team server</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="240"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="241"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="241"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="242"/>
        <source>Your name in the team</source>
        <translation>Your name in the team</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="244"/>
        <source>Accept the server’s self-signed certificate (only if your administrator told you so)</source>
        <translation>Accept the server’s self-signed certificate (only if your administrator told you so)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="246"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="313"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/team_server.py" line="324"/>
        <source>Connected: the team server answers and is ready.</source>
        <translation>Connected: the team server answers and is ready.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="43"/>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="43"/>
        <source>Edit template</source>
        <translation>Edit template</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="68"/>
        <source>Hi {first_name}, … {signature}</source>
        <translation>Hi {first_name}, … {signature}</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="70"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Kinds:</source>
        <translation>Kinds:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="71"/>
        <source>Stars (from, to):</source>
        <translation>Stars (from, to):</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="72"/>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="72"/>
        <source>Topics:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="73"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="103"/>
        <source>Reply templates</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="108"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="109"/>
        <source>Filter templates</source>
        <translation>Filter templates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="113"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="114"/>
        <source>All languages</source>
        <translation>All languages</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="122"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="128"/>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="134"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="135"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="194"/>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="136"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="136"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="137"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="144"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="170"/>
        <source>(disabled)</source>
        <translation>(disabled)</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="194"/>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="211"/>
        <source>My template</source>
        <translation>My template</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="247"/>
        <source>Delete the template “%1”?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="253"/>
        <source>Import templates</source>
        <translation>Import templates</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="254"/>
        <location filename="../../workstation/ui/templates_dialog.py" line="266"/>
        <source>Templates (*.toml)</source>
        <translation>Templates (*.toml)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="258"/>
        <source>%n template(s) imported.</source>
        <translation>
            <numerusform>%n template imported.</numerusform>
            <numerusform>%n templates imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../workstation/ui/templates_dialog.py" line="265"/>
        <source>Export templates</source>
        <translation>Export templates</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/templates_dialog.py" line="270"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n template exported.</numerusform>
            <numerusform>%n templates exported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../workstation/ui/tray.py" line="138"/>
        <location filename="../../workstation/ui/tray.py" line="237"/>
        <source>Review digest</source>
        <translation>Review digest</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="215"/>
        <source>Critical review</source>
        <translation>Critical review</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="222"/>
        <source>Possible crisis</source>
        <translation>Possible crisis</translation>
    </message>
    <message>
        <location filename="../../workstation/ui/tray.py" line="249"/>
        <source>No urgent review waiting</source>
        <translation>No urgent review waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="139"/>
        <source>%n new urgent review(s) waiting for a reply.</source>
        <translation>
            <numerusform>%n new urgent review is waiting for a reply.</numerusform>
            <numerusform>%n new urgent reviews are waiting for a reply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="223"/>
        <source>%n negative review(s) about “%1”.</source>
        <translation>
            <numerusform>%n negative review about “%1”.</numerusform>
            <numerusform>%n negative reviews about “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../workstation/ui/tray.py" line="248"/>
        <source>%n urgent review(s) waiting for a reply</source>
        <translation>
            <numerusform>%n urgent review waiting for a reply</numerusform>
            <numerusform>%n urgent reviews waiting for a reply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <location filename="../../workstation/ui/window_keys.py" line="15"/>
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
</context>
</TS>
