<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="71" />
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="71" />
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="81" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="82" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="83" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="56" />
            <source>Reason (kept in the audit log):</source>
            <translation>Reason (kept in the audit log):</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="148" />
            <source>New account…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="149" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="150" />
            <location filename="../../app/views/admin/page.py" line="230" />
            <source>Disable</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="151" />
            <location filename="../../app/views/admin/page.py" line="307" />
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="152" />
            <location filename="../../app/views/admin/page.py" line="321" />
            <source>Reset second factor</source>
            <translation>Reset second factor</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="153" />
            <location filename="../../app/views/admin/page.py" line="331" />
            <source>End sessions</source>
            <translation>End sessions</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="228" />
            <source>Select an account to act on it.</source>
            <translation>Select an account to act on it.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="230" />
            <source>Enable</source>
            <translation>Enable</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="289" />
            <source>Enable %1's account? They can log in again.</source>
            <translation>Enable %1's account? They can log in again.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="291" />
            <source>Disable %1's account? Their open sessions end at once.</source>
            <translation>Disable %1's account? Their open sessions end at once.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="293" />
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="304" />
            <source>Give %1 a new one-time password? Their sessions end and they choose a new password at the next login.</source>
            <translation>Give %1 a new one-time password? Their sessions end and they choose a new password at the next login.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="319" />
            <source>Forget %1's authenticator (e.g. a lost phone)? They enrol a new one at the next login.</source>
            <translation>Forget %1's authenticator (e.g. a lost phone)? They enrol a new one at the next login.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="329" />
            <source>End %1's %2 open sessions? They must log in again.</source>
            <translation>End %1's %2 open sessions? They must log in again.</translation>
        </message>
    </context>
    <context>
        <name>AdminModels</name>
        <message>
            <location filename="../../app/views/admin/models.py" line="19" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="20" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="21" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="22" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="23" />
            <source>Second factor</source>
            <translation>Second factor</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="24" />
            <source>Last login</source>
            <translation>Last login</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="25" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="37" />
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="39" />
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="41" />
            <source>Enabled</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="45" />
            <source>TOTP</source>
            <translation>TOTP</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="47" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="53" />
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="61" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="62" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="63" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="64" />
            <source>Entity</source>
            <translation>Entity</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="65" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/models.py" line="66" />
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="340" />
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="341" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>AmendReason</name>
        <message>
            <location filename="../../app/views/training/amend.py" line="24" />
            <source>Amend a signed assessment</source>
            <translation>Amend a signed assessment</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="25" />
            <source>Why are %1's signed scores corrected? (kept on record)</source>
            <translation>Why are %1's signed scores corrected? (kept on record)</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="41" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="112" />
            <source>Assign order %1</source>
            <translation>Assign order %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="118" />
            <source>Enter assigns the highlighted provider · 1–9 assign by number · Esc closes</source>
            <translation>Enter assigns the highlighted provider · 1–9 assign by number · Esc closes</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="123" />
            <source>Providers who are not eligible need an override reason.</source>
            <translation>Providers who are not eligible need an override reason.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="130" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="233" />
            <source>Ranking providers for this order…</source>
            <translation>Ranking providers for this order…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="160" />
            <source>★ the order · blue: eligible · grey, dashed: not eligible</source>
            <translation>★ the order · blue: eligible · grey, dashed: not eligible</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="170" />
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="173" />
            <source>Scorecard…</source>
            <translation>Scorecard…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="174" />
            <source>The highlighted provider's scorecard</source>
            <translation>The highlighted provider's scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="259" />
            <source>%1 eligible providers, best first; %2 nearby cannot be sent.</source>
            <translation>%1 eligible providers, best first; %2 nearby cannot be sent.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="276" />
            <source>The server cannot be reached: ranking from this computer's data…</source>
            <translation>The server cannot be reached: ranking from this computer's data…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="293" />
            <source>Offline: ranked from this computer's data; the server checks again when it receives the assignment.</source>
            <translation>Offline: ranked from this computer's data; the server checks again when it receives the assignment.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="304" />
            <source>Could not rank providers: %1</source>
            <translation>Could not rank providers: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="323" />
            <source>There is no candidate %1.</source>
            <translation>There is no candidate %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="332" />
            <source>%1 cannot be sent: %2. Only a supervisor may override this.</source>
            <translation>%1 cannot be sent: %2. Only a supervisor may override this.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="387" />
            <source>No provider is eligible. You may still send one of those below with a reason.</source>
            <translation>No provider is eligible. You may still send one of those below with a reason.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/assign_dialog.py" line="389" />
            <source>No provider is eligible for this order now.</source>
            <translation>No provider is eligible for this order now.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="44" />
            <source>Choose who will serve order %1 (%2 providers).</source>
            <translation>Choose who will serve order %1 (%2 providers).</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="50" />
            <source>Filter by name or code</source>
            <translation>Filter by name or code</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="63" />
            <location filename="../../app/views/dispatch/assign_dialog.py" line="167" />
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="72" />
            <source>No active provider offers this service.</source>
            <translation>No active provider offers this service.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="108" />
            <source>serves this district</source>
            <translation>serves this district</translation>
        </message>
    </context>
    <context>
        <name>AuditCsv</name>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="21" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="22" />
            <source>time (Beijing)</source>
            <translation>time (Beijing)</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="23" />
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="24" />
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="25" />
            <source>entity</source>
            <translation>entity</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="26" />
            <source>entity id</source>
            <translation>entity id</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="27" />
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../../app/reports/audit_csv.py" line="28" />
            <source>detail</source>
            <translation>detail</translation>
        </message>
    </context>
    <context>
        <name>AuditTab</name>
        <message>
            <location filename="../../app/views/audit/tab.py" line="203" />
            <source>Export the audit log</source>
            <translation>Export the audit log</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="72" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="74" />
            <source>Entity (e.g. user)</source>
            <translation>Entity (e.g. user)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="76" />
            <source>Action starts with (e.g. account.)</source>
            <translation>Action starts with (e.g. account.)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="78" />
            <source>Address starts with (e.g. 10.2.)</source>
            <translation>Address starts with (e.g. 10.2.)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="85" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="87" />
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="88" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="92" />
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="96" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="98" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="101" />
            <source>Show the order, ticket or training session this record is about (or double-click it)</source>
            <translation>Show the order, ticket or training session this record is about (or double-click it)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="189" />
            <source>Page %1 of %2 (%3 records)</source>
            <translation>Page %1 of %2 (%3 records)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="207" />
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="212" />
            <source>Saved %1 records to %2</source>
            <translation>Saved %1 records to %2</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="214" />
            <source> (of %1: narrow the filter for the rest)</source>
            <translation> (of %1: narrow the filter for the rest)</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="234" />
            <source>Checking the chain…</source>
            <translation>Checking the chain…</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="238" />
            <source>Intact: %1 chained records.</source>
            <translation>Intact: %1 chained records.</translation>
        </message>
        <message>
            <location filename="../../app/views/audit/tab.py" line="240" />
            <source>BROKEN at record %1: it or a record before it was changed.</source>
            <translation>BROKEN at record %1: it or a record before it was changed.</translation>
        </message>
    </context>
    <context>
        <name>AutoDispatchPage</name>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="113" />
            <source>Choose a window and press Plan (F5).</source>
            <translation>Choose a window and press Plan (F5).</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="121" />
            <source>Plan again</source>
            <translation>Plan again</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="132" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="426" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="133" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="383" />
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="425" />
            <source>Apply plan</source>
            <translation>Apply plan</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="158" />
            <source>Auto-dispatch needs a connection to the server.</source>
            <translation>Auto-dispatch needs a connection to the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="193" />
            <source>Planning…</source>
            <translation>Planning…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="206" />
            <source>The server's plan could not be read.</source>
            <translation>The server's plan could not be read.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="219" />
            <source>Apply the plan</source>
            <translation>Apply the plan</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="220" />
            <source>Assign %1 orders now, as planned?</source>
            <translation>Assign %1 orders now, as planned?</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="234" />
            <source>Applying %1 assignments…</source>
            <translation>Applying %1 assignments…</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="243" />
            <source>Plan discarded. Nothing was assigned.</source>
            <translation>Plan discarded. Nothing was assigned.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="259" />
            <source>Applied %1 assignments.</source>
            <translation>Applied %1 assignments.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="272" />
            <source>Nothing was applied: %1 order(s) changed since planning (%2). Plan again to include what changed.</source>
            <translation>Nothing was applied: %1 order(s) changed since planning (%2). Plan again to include what changed.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="290" />
            <source>Could not apply: %1</source>
            <translation>Could not apply: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="290" />
            <source>Could not plan: %1</source>
            <translation>Could not plan: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="306" />
            <source>%1 order(s) in this plan changed since planning (%2). Plan again first.</source>
            <translation>%1 order(s) in this plan changed since planning (%2). Plan again first.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="329" />
            <source>%1 of %2 orders planned, %3 left unassigned.</source>
            <translation>%1 of %2 orders planned, %3 left unassigned.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="336" />
            <source>Travel: %1 min in total.</source>
            <translation>Travel: %1 min in total.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="343" />
            <source>Travel: %1 min in total, against %2 min for nearest-first (%3 min less, ratio %4).</source>
            <translation>Travel: %1 min in total, against %2 min for nearest-first (%3 min less, ratio %4).</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="353" />
            <source>%1 more pending order(s) lie outside this window.</source>
            <translation>%1 more pending order(s) lie outside this window.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="362" />
            <source>No pending order must be dispatched in this window.</source>
            <translation>No pending order must be dispatched in this window.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="365" />
            <source>%1 pending order(s) lie outside it: widen the window to plan them.</source>
            <translation>%1 pending order(s) lie outside it: widen the window to plan them.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="381" />
            <source>Apply %1 assignments</source>
            <translation>Apply %1 assignments</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/auto_dispatch_page.py" line="424" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
    </context>
    <context>
        <name>BlockProviderDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="250" />
            <source>Never send this provider again</source>
            <translation>Never send this provider again</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="254" />
            <source>Reason (e.g. the customer's request)</source>
            <translation>Reason (e.g. the customer's request)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="255" />
            <source>Block provider</source>
            <translation>Block provider</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="259" />
            <source>Dispatch will never again send %1 to %2.</source>
            <translation>Dispatch will never again send %1 to %2.</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../app/views/board/page.py" line="122" />
            <source>Synchronising orders…</source>
            <translation>Synchronising orders…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="121" />
            <source>New order: %1 %2</source>
            <translation>New order: %1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="137" />
            <source>Unassign order</source>
            <translation>Unassign order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="138" />
            <source>Take order %1 away from %2 and put it back to pending?</source>
            <translation>Take order %1 away from %2 and put it back to pending?</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="143" />
            <source>Take the provider off</source>
            <translation>Take the provider off</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="144" />
            <source>Keep the provider</source>
            <translation>Keep the provider</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="147" />
            <location filename="../../app/views/board/broken_orders.py" line="156" />
            <source>Unassign %1</source>
            <translation>Unassign %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="157" />
            <source>Cancel %1</source>
            <translation>Cancel %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="207" />
            <source>A change to %1 is on its way to the server; wait for it.</source>
            <translation>A change to %1 is on its way to the server; wait for it.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="276" />
            <source>Reloading the board from the local cache…</source>
            <translation>Reloading the board from the local cache…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="177" />
            <location filename="../../app/views/board/actions.py" line="193" />
            <location filename="../../app/views/board/broken_orders.py" line="157" />
            <source>Assign %1 to %2</source>
            <translation>Assign %1 to %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="198" />
            <source>%1 (override)</source>
            <translation>%1 (override)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="226" />
            <source>Order %1 is not on the board (not in this computer's data).</source>
            <translation>Order %1 is not on the board (not in this computer's data).</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="394" />
            <source>Synchronising orders… %1 received</source>
            <translation>Synchronising orders… %1 received</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="401" />
            <source>Assign…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="402" />
            <source>Unassign</source>
            <translation>Unassign</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="405" />
            <source>Cancel order…</source>
            <translation>Cancel order…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="409" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="410" />
            <source>Reload board</source>
            <translation>Reload board</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="411" />
            <source>Auto-dispatch…</source>
            <translation>Auto-dispatch…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="412" />
            <source>New order…</source>
            <translation>New order…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="415" />
            <source>Assign a provider to the selected order</source>
            <translation>Assign a provider to the selected order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="416" />
            <source>Take the provider off the selected order</source>
            <translation>Take the provider off the selected order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="417" />
            <source>Cancel the selected order (a reason is required)</source>
            <translation>Cancel the selected order (a reason is required)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="418" />
            <source>Search the board</source>
            <translation>Search the board</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="419" />
            <source>Reload the board from the local cache</source>
            <translation>Reload the board from the local cache</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="420" />
            <source>Plan every pending order of a time window at once</source>
            <translation>Plan every pending order of a time window at once</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="421" />
            <source>Book an order for a caller (phone booking)</source>
            <translation>Book an order for a caller (phone booking)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="429" />
            <source>No orders yet.</source>
            <translation>No orders yet.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="430" />
            <source>No order matches these filters. Clear the search or choose all states.</source>
            <translation>No order matches these filters. Clear the search or choose all states.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/page.py" line="447" />
            <source>Showing %1 of %2 orders</source>
            <translation>Showing %1 of %2 orders</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="235" />
            <source>Select an order first.</source>
            <translation>Select an order first.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="237" />
            <source>Your role cannot change orders.</source>
            <translation>Your role cannot change orders.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="241" />
            <source>Unknown order state.</source>
            <translation>Unknown order state.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/actions.py" line="128" />
            <location filename="../../app/views/board/actions.py" line="228" />
            <location filename="../../app/views/board/broken_orders.py" line="165" />
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
    </context>
    <context>
        <name>BrokenOrdersPanel</name>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="77" />
            <source>Reassign…</source>
            <translation>Reassign…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="81" />
            <source>Give the highlighted order to an eligible provider (R)</source>
            <translation>Give the highlighted order to an eligible provider (R)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="88" />
            <source>Reassign… (R)</source>
            <translation>Reassign… (R)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="131" />
            <source>Problems: %1 future orders whose provider no longer qualifies</source>
            <translation>Problems: %1 future orders whose provider no longer qualifies</translation>
        </message>
        <message>
            <location filename="../../app/views/board/broken_orders.py" line="146" />
            <source>Reassigning needs the server: it ranks the candidates.</source>
            <translation>Reassigning needs the server: it ranks the candidates.</translation>
        </message>
    </context>
    <context>
        <name>CallbackBox</name>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="55" />
            <source>Customer callback</source>
            <translation>Customer callback</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="78" />
            <source>Log callback</source>
            <translation>Log callback</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="81" />
            <source>Record the callback outcome</source>
            <translation>Record the callback outcome</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="88" />
            <source>What happened on the call</source>
            <translation>What happened on the call</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="107" />
            <source>Reached the customer, who is satisfied with the resolution</source>
            <translation>Reached the customer, who is satisfied with the resolution</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="109" />
            <source>Reached the customer, who is not satisfied: the ticket reopens</source>
            <translation>Reached the customer, who is not satisfied: the ticket reopens</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="110" />
            <source>Could not reach the customer (three documented attempts count)</source>
            <translation>Could not reach the customer (three documented attempts count)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="165" />
            <source>Called the customer at %1: satisfied with the resolution.</source>
            <translation>Called the customer at %1: satisfied with the resolution.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="167" />
            <source>Called the customer at %1: not satisfied with the resolution.</source>
            <translation>Called the customer at %1: not satisfied with the resolution.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="169" />
            <source>Called the customer at %1: no answer.</source>
            <translation>Called the customer at %1: no answer.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="176" />
            <source>Customer satisfied</source>
            <translation>Customer satisfied</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="178" />
            <source>Customer not satisfied</source>
            <translation>Customer not satisfied</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="180" />
            <source>Unreachable, attempts documented</source>
            <translation>Unreachable, attempts documented</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="183" />
            <source>Unreachable so far: %1 of %2 valid attempts</source>
            <translation>Unreachable so far: %1 of %2 valid attempts</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/callback_box.py" line="187" />
            <source>Not called back yet</source>
            <translation>Not called back yet</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="138" />
            <source>Cancel order %1</source>
            <translation>Cancel order %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="141" />
            <source>Why is order %1 cancelled? The reason is recorded and audited.</source>
            <translation>Why is order %1 cancelled? The reason is recorded and audited.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="147" />
            <source>Choose a reason…</source>
            <translation>Choose a reason…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="149" />
            <source>Customer asked to cancel</source>
            <translation>Customer asked to cancel</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="150" />
            <source>No provider available in time</source>
            <translation>No provider available in time</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="151" />
            <source>Duplicate order</source>
            <translation>Duplicate order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="152" />
            <source>Customer unreachable</source>
            <translation>Customer unreachable</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="153" />
            <source>Address outside the service area</source>
            <translation>Address outside the service area</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="157" />
            <source>Details (required when no reason is chosen)</source>
            <translation>Details (required when no reason is chosen)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="162" />
            <source>Cancel order</source>
            <translation>Cancel order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/dialogs.py" line="163" />
            <source>Keep order</source>
            <translation>Keep order</translation>
        </message>
    </context>
    <context>
        <name>CandidateDelegate</name>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="163" />
            <source>%1 min · %2 pts</source>
            <translation>%1 min · %2 pts</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="167" />
            <source>%1 km · not eligible</source>
            <translation>%1 km · not eligible</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidate_delegate.py" line="175" />
            <source>%1 orders that day</source>
            <translation>%1 orders that day</translation>
        </message>
    </context>
    <context>
        <name>CandidatesModel</name>
        <message>
            <location filename="../../app/views/dispatch/candidates_model.py" line="116" />
            <source>Score %1</source>
            <translation>Score %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/candidates_model.py" line="121" />
            <source>Not eligible (%1 km away):</source>
            <translation>Not eligible (%1 km away):</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <location filename="../../app/reports/case_sections.py" line="76" />
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="78" />
            <source>{n}×</source>
            <translation>{n}×</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="180" />
            <source>{n}</source>
            <translation>{n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="193" />
            <source>{n} documented attempts</source>
            <translation>{n} documented attempts</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="315" />
            <source>not started</source>
            <translation>not started</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="319" />
            <source>missed, {late} late</source>
            <translation>missed, {late} late</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="322" />
            <source>met ({early} early)</source>
            <translation>met ({early} early)</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="326" />
            <source>{clock}, running</source>
            <translation>{clock}, running</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_sections.py" line="328" />
            <source>running, {clock}</source>
            <translation>running, {clock}</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="18" />
            <source>Complaint case file</source>
            <translation>Complaint case file</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="19" />
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="20" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="21" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="22" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="23" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="24" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="25" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="26" />
            <source>not closed</source>
            <translation>not closed</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="27" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="28" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="29" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="30" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="31" />
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="32" />
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="33" />
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="34" />
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="35" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="36" />
            <source>1. Complaint record</source>
            <translation>1. Complaint record</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="37" />
            <source>2. Handling</source>
            <translation>2. Handling</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="38" />
            <source>3. Customer callback</source>
            <translation>3. Customer callback</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="39" />
            <source>4. Decision</source>
            <translation>4. Decision</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="40" />
            <source>5. SLA compliance</source>
            <translation>5. SLA compliance</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="41" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="42" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="43" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="44" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="45" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="46" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="47" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="48" />
            <source>Repeat complaint</source>
            <translation>Repeat complaint</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="49" />
            <source>Nothing has been done yet.</source>
            <translation>Nothing has been done yet.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="50" />
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="51" />
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="52" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="53" />
            <source>The customer has not been called back yet.</source>
            <translation>The customer has not been called back yet.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="54" />
            <source>Callback verdict</source>
            <translation>Callback verdict</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="55" />
            <source>Sanction</source>
            <translation>Sanction</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="56" />
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="57" />
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="58" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="59" />
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="60" />
            <source>Lifted</source>
            <translation>Lifted</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="61" />
            <source>Appeal</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="62" />
            <source>Filed</source>
            <translation>Filed</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="63" />
            <source>Statement</source>
            <translation>Statement</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="64" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="65" />
            <source>Review note</source>
            <translation>Review note</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="66" />
            <source>Reviewed by</source>
            <translation>Reviewed by</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="67" />
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="68" />
            <source>none filed</source>
            <translation>none filed</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="69" />
            <source>Customer block</source>
            <translation>Customer block</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="70" />
            <source>the provider is never to be sent again</source>
            <translation>the provider is never to be sent again</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="71" />
            <source>Still needed to close</source>
            <translation>Still needed to close</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="72" />
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="73" />
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="74" />
            <source>Met at</source>
            <translation>Met at</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="75" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="76" />
            <source>Beijing time (UTC+8); clocks run 24/7.</source>
            <translation>Beijing time (UTC+8); clocks run 24/7.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="77" />
            <source>After a reopening the resolution clock restarts from the reopening.</source>
            <translation>After a reopening the resolution clock restarts from the reopening.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="81" />
            <source>— End of case file —</source>
            <translation>— End of case file —</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="91" />
            <source>Not substantiated: no sanction.</source>
            <translation>Not substantiated: no sanction.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="92" />
            <source>No finding against the provider: no sanction.</source>
            <translation>No finding against the provider: no sanction.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="93" />
            <source>A supervisor decided on no sanction.</source>
            <translation>A supervisor decided on no sanction.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="94" />
            <source>No sanction decision is recorded yet.</source>
            <translation>No sanction decision is recorded yet.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="95" />
            <source>No provider involved: no decision needed.</source>
            <translation>No provider involved: no decision needed.</translation>
        </message>
        <message>
            <location filename="../../app/reports/case_text.py" line="132" />
            <source>user #{id}</source>
            <translation>user #{id}</translation>
        </message>
    </context>
    <context>
        <name>CaseFileSanction</name>
        <message>
            <location filename="../../app/reports/case_text.py" line="87" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>CertLabels</name>
        <message>
            <location filename="../../app/views/certification/labels.py" line="17" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="18" />
            <source>In review</source>
            <translation>In review</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="19" />
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="20" />
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="21" />
            <source>Resubmission asked</source>
            <translation>Resubmission asked</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="22" />
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="23" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="52" />
            <source>Select a certificate in the queue first.</source>
            <translation>Select a certificate in the queue first.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="56" />
            <location filename="../../app/views/certification/labels.py" line="87" />
            <source>Needs a second reviewer; you gave the first approval.</source>
            <translation>Needs a second reviewer; you gave the first approval.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="63" />
            <source>You already hold this claim.</source>
            <translation>You already hold this claim.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="66" />
            <source>Another reviewer is working on it.</source>
            <translation>Another reviewer is working on it.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="67" />
            <source>Already decided: %1.</source>
            <translation>Already decided: %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="74" />
            <source>Only your own claim can be released.</source>
            <translation>Only your own claim can be released.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="80" />
            <source>Only an approved certificate can be revoked.</source>
            <translation>Only an approved certificate can be revoked.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/labels.py" line="85" />
            <source>Claim it first (N).</source>
            <translation>Claim it first (N).</translation>
        </message>
    </context>
    <context>
        <name>CertQueue</name>
        <message>
            <location filename="../../app/views/certification/model.py" line="17" />
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="18" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="19" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="20" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="21" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="22" />
            <source>Claimed by</source>
            <translation>Claimed by</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="23" />
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="35" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="37" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="38" />
            <source>%1 d</source>
            <translation>%1 d</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/model.py" line="81" />
            <source>2nd approval</source>
            <translation>2nd approval</translation>
        </message>
    </context>
    <context>
        <name>CertificateStatus</name>
        <message>
            <location filename="../../app/views/board/cert_status.py" line="56" />
            <source>Every certificate this service needs covers the order</source>
            <translation>Every certificate this service needs covers the order</translation>
        </message>
    </context>
    <context>
        <name>CertificationPage</name>
        <message>
            <location filename="../../app/views/certification/page.py" line="86" />
            <source>My claims</source>
            <translation>My claims</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="94" />
            <source>Name, pinyin initials or number (Ctrl+F)</source>
            <translation>Name, pinyin initials or number (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="99" />
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="103" />
            <source>Red flags only</source>
            <translation>Red flags only</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="113" />
            <source>Claim next</source>
            <translation>Claim next</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="114" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="115" />
            <source>Reject…</source>
            <translation>Reject…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="116" />
            <source>Ask to resubmit…</source>
            <translation>Ask to resubmit…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="117" />
            <source>Release</source>
            <translation>Release</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="118" />
            <source>Revoke…</source>
            <translation>Revoke…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="128" />
            <source>Enter a certificate… (Ctrl+N)</source>
            <translation>Enter a certificate… (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="140" />
            <source>Provider scorecard</source>
            <translation>Provider scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="167" />
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="168" />
            <source>Expiry watch (90/60/30 days, expired)</source>
            <translation>Expiry watch (90/60/30 days, expired)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="223" />
            <source>%1 waiting · %2 in review · %3 shown</source>
            <translation>%1 waiting · %2 in review · %3 shown</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="295" />
            <source>Nothing selected: press N to claim the next item.</source>
            <translation>Nothing selected: press N to claim the next item.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="304" />
            <source>Number %1 · holder %2 · issuer %3&lt;br&gt;issued %4 · expires %5 · review due %6</source>
            <translation>Number %1 · holder %2 · issuer %3&lt;br&gt;issued %4 · expires %5 · review due %6</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="313" />
            <source>Needs a second reviewer; you gave the first approval.</source>
            <translation>Needs a second reviewer; you gave the first approval.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="316" />
            <source>First approval given; yours is the second (four-eyes).</source>
            <translation>First approval given; yours is the second (four-eyes).</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="319" />
            <source>High-risk kind: two different reviewers must approve.</source>
            <translation>High-risk kind: two different reviewers must approve.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="324" />
            <source>Loading findings…</source>
            <translation>Loading findings…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="325" />
            <source>Loading the scan…</source>
            <translation>Loading the scan…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="327" />
            <source>Findings and scans need the server.</source>
            <translation>Findings and scans need the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="328" />
            <source>The server is not reachable.</source>
            <translation>The server is not reachable.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="347" />
            <source>No findings.</source>
            <translation>No findings.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="349" />
            <source>No scan attached.</source>
            <translation>No scan attached.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="378" />
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="379" />
            <source>Why is %1 revoked? Orders it no longer covers are flagged.</source>
            <translation>Why is %1 revoked? Orders it no longer covers are flagged.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="413" />
            <source>Nothing left to claim.</source>
            <translation>Nothing left to claim.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="416" />
            <source>Claim %1</source>
            <translation>Claim %1</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="431" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="431" />
            <source>Ask to resubmit</source>
            <translation>Ask to resubmit</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="432" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="438" />
            <source>Say what is wrong</source>
            <translation>Say what is wrong</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="453" />
            <source>This cannot be empty: the provider reads it.</source>
            <translation>This cannot be empty: the provider reads it.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/page.py" line="462" />
            <source>Entered: it joins the queue with its findings (%1 scans).</source>
            <translation>Entered: it joins the queue with its findings (%1 scans).</translation>
        </message>
    </context>
    <context>
        <name>CertificationWatch</name>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="26" />
            <source>group</source>
            <translation>group</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="27" />
            <source>last valid day</source>
            <translation>last valid day</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="28" />
            <source>provider</source>
            <translation>provider</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="29" />
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="30" />
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="31" />
            <source>state</source>
            <translation>state</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="32" />
            <source>expires on</source>
            <translation>expires on</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="33" />
            <source>review due</source>
            <translation>review due</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="36" />
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../app/reports/certification_watch.py" line="37" />
            <source>within {days} days</source>
            <translation>within {days} days</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCommands</name>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="41" />
            <source>Acknowledge %1</source>
            <translation>Acknowledge %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="42" />
            <source>Start investigating %1</source>
            <translation>Start investigating %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="43" />
            <source>Note on %1</source>
            <translation>Note on %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="44" />
            <source>Transfer %1</source>
            <translation>Transfer %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="45" />
            <source>Escalate %1</source>
            <translation>Escalate %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="46" />
            <source>Resolve %1</source>
            <translation>Resolve %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="47" />
            <source>Callback on %1: %2</source>
            <translation>Callback on %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="48" />
            <source>Sanction decision on %1</source>
            <translation>Sanction decision on %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="49" />
            <source>Block provider for the customer of %1</source>
            <translation>Block provider for the customer of %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="52" />
            <source>Close %1</source>
            <translation>Close %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="53" />
            <source>Reopen %1</source>
            <translation>Reopen %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/commands.py" line="92" />
            <source>New complaint from %1</source>
            <translation>New complaint from %1</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="61" />
            <source>New complaint</source>
            <translation>New complaint</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="68" />
            <source>Choose the category…</source>
            <translation>Choose the category…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="83" />
            <source>What happened, in the caller's words</source>
            <translation>What happened, in the caller's words</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="85" />
            <source>File complaint</source>
            <translation>File complaint</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="87" />
            <source>File the complaint</source>
            <translation>File the complaint</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="89" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="101" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="102" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="103" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="104" />
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="105" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="160" />
            <source>suggested for %1: %2</source>
            <translation>suggested for %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake_form.py" line="180" />
            <source>First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it</source>
            <translation>First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it</translation>
        </message>
    </context>
    <context>
        <name>ComplaintLabels</name>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="34" />
            <source>Safety hazard</source>
            <translation>Safety hazard</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="35" />
            <source>Theft or loss</source>
            <translation>Theft or loss</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="36" />
            <source>Injury</source>
            <translation>Injury</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="37" />
            <source>Service quality</source>
            <translation>Service quality</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="38" />
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="39" />
            <source>Lateness</source>
            <translation>Lateness</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="40" />
            <source>No-show</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="41" />
            <source>Pricing dispute</source>
            <translation>Pricing dispute</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="42" />
            <source>Damage</source>
            <translation>Damage</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="43" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="47" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="48" />
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="49" />
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="50" />
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="54" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="55" />
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="56" />
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="57" />
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="58" />
            <source>Called back</source>
            <translation>Called back</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="59" />
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="60" />
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="64" />
            <source>Satisfied</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="65" />
            <source>Not satisfied</source>
            <translation>Not satisfied</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="66" />
            <source>No answer</source>
            <translation>No answer</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="70" />
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="71" />
            <source>Retraining</source>
            <translation>Retraining</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="72" />
            <source>Suspension</source>
            <translation>Suspension</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="73" />
            <source>Disqualification</source>
            <translation>Disqualification</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="77" />
            <source>In force</source>
            <translation>In force</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="78" />
            <source>Lifted</source>
            <translation>Lifted</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="79" />
            <source>Overturned</source>
            <translation>Overturned</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="83" />
            <source>Appeal pending</source>
            <translation>Appeal pending</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="84" />
            <source>Appeal rejected</source>
            <translation>Appeal rejected</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="85" />
            <source>Appeal granted</source>
            <translation>Appeal granted</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="89" />
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="90" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="91" />
            <source>Callback</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="96" />
            <source>Complaint recorded</source>
            <translation>Complaint recorded</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="97" />
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="98" />
            <source>Resolution recorded</source>
            <translation>Resolution recorded</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="99" />
            <source>Transferred</source>
            <translation>Transferred</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="100" />
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="101" />
            <source>Ticket reopened</source>
            <translation>Ticket reopened</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="102" />
            <source>Sanction</source>
            <translation>Sanction</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="103" />
            <source>Status change</source>
            <translation>Status change</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="163" />
            <source>No sanction</source>
            <translation>No sanction</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="199" />
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/labels.py" line="201" />
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <location filename="../../app/views/complaints/page.py" line="369" />
            <source>Ticket overdue: %1</source>
            <translation>Ticket overdue: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="371" />
            <source>%1 missed its deadline. %2</source>
            <translation>%1 missed its deadline. %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="122" />
            <source>Could not read this computer's copy of the data; it is read again with the next changes.</source>
            <translation>Could not read this computer's copy of the data; it is read again with the next changes.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="174" />
            <source>%1 open tickets are overdue.</source>
            <translation>%1 open tickets are overdue.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="176" />
            <source>%1 of your tickets are overdue.</source>
            <translation>%1 of your tickets are overdue.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="204" />
            <source>Ticket %1 opened.</source>
            <translation>Ticket %1 opened.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/flow.py" line="242" />
            <source>This ticket is not here yet.</source>
            <translation>This ticket is not here yet.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="132" />
            <source>None of your tickets is open.</source>
            <translation>None of your tickets is open.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="133" />
            <source>No open tickets in the team queue.</source>
            <translation>No open tickets in the team queue.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="149" />
            <location filename="../../app/views/complaints/page.py" line="439" />
            <source>Enter a certificate…</source>
            <translation>Enter a certificate…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="153" />
            <source>A provider's certificate or renewal, with its scans, for review</source>
            <translation>A provider's certificate or renewal, with its scans, for review</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="164" />
            <source>Show all tickets</source>
            <translation>Show all tickets</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="215" />
            <source>The local cache cannot be read from here.</source>
            <translation>The local cache cannot be read from here.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="314" />
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="316" />
            <source>Team queue shows only: %1</source>
            <translation>Team queue shows only: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="408" />
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="409" />
            <source>Mine (%1)</source>
            <translation>Mine (%1)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="426" />
            <source>Team (%1)</source>
            <translation>Team (%1)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="411" />
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="280" />
            <source>Certificate entered: it waits for review.</source>
            <translation>Certificate entered: it waits for review.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="414" />
            <source>Take a call: look the caller up, file a complaint</source>
            <translation>Take a call: look the caller up, file a complaint</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="415" />
            <source>Open tickets handled by you, most urgent first</source>
            <translation>Open tickets handled by you, most urgent first</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="416" />
            <source>Every open ticket, most urgent first</source>
            <translation>Every open ticket, most urgent first</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="417" />
            <source>Open tickets by agent, with a note for the next shift</source>
            <translation>Open tickets by agent, with a note for the next shift</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="428" />
            <source>Team, filtered (%1 of %2)</source>
            <translation>Team, filtered (%1 of %2)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="432" />
            <source>Look up a caller</source>
            <translation>Look up a caller</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/page.py" line="433" />
            <source>Reload the queues</source>
            <translation>Reload the queues</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="38" />
            <source>Keep mine (send on the server's scores)</source>
            <translation>Keep mine (send on the server's scores)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="39" />
            <source>Take the server's scores</source>
            <translation>Take the server's scores</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="70" />
            <source>%1's scores were changed elsewhere; yours are kept in red.</source>
            <translation>%1's scores were changed elsewhere; yours are kept in red.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="78" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/conflicts.py" line="114" />
            <source>The sign-off was not made: check the scores, then sign off again.</source>
            <translation>The sign-off was not made: check the scores, then sign off again.</translation>
        </message>
    </context>
    <context>
        <name>CsvFiles</name>
        <message>
            <location filename="../../app/views/csv_files.py" line="29" />
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>CustomerTicketsList</name>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="32" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/customer_tickets.py" line="33" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
    </context>
    <context>
        <name>DailyReport</name>
        <message>
            <location filename="../../app/reports/daily.py" line="50" />
            <source>Daily operations report</source>
            <translation>Daily operations report</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="51" />
            <source>Order figures cover the day; complaints and sanctions the 7 days up to it.</source>
            <translation>Order figures cover the day; complaints and sanctions the 7 days up to it.</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="55" />
            <source>Weekly operations report</source>
            <translation>Weekly operations report</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="56" />
            <source>Orders, complaints and sanctions cover the week (Monday to Sunday); orders per hour add up the week.</source>
            <translation>Orders, complaints and sanctions cover the week (Monday to Sunday); orders per hour add up the week.</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="61" />
            <source>1. Orders</source>
            <translation>1. Orders</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="62" />
            <source>2. Complaints</source>
            <translation>2. Complaints</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="63" />
            <source>3. Providers and certification</source>
            <translation>3. Providers and certification</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="64" />
            <source>Orders per hour (bars: the day; line: same weekday last week)</source>
            <translation>Orders per hour (bars: the day; line: same weekday last week)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="68" />
            <source>Complaint SLA kept (%, per severity)</source>
            <translation>Complaint SLA kept (%, per severity)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="69" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="70" />
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="71" />
            <source>(no reason given)</source>
            <translation>(no reason given)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="72" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="73" />
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="74" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="75" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="76" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="77" />
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="78" />
            <source>Completed orders</source>
            <translation>Completed orders</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="79" />
            <source>Per 1,000</source>
            <translation>Per 1,000</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="80" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="81" />
            <source>Decided (7 days)</source>
            <translation>Decided (7 days)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="82" />
            <source>Holding now</source>
            <translation>Holding now</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="83" />
            <source>Within</source>
            <translation>Within</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="84" />
            <source>within {n} days</source>
            <translation>within {n} days</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="85" />
            <source>Data {a} – {b}, cut-off {b} ({tz})</source>
            <translation>Data {a} – {b}, cut-off {b} ({tz})</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="86" />
            <source>Same weekday last week by then: {n}</source>
            <translation>Same weekday last week by then: {n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="87" />
            <source>Orders per hour (bars: this week's total; line: last week's)</source>
            <translation>Orders per hour (bars: this week's total; line: last week's)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="91" />
            <source>Last week: {n}</source>
            <translation>Last week: {n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="92" />
            <source>{n} waiting, median wait {m}</source>
            <translation>{n} waiting, median wait {m}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="93" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="94" />
            <source>4. Follow-up, providers at work and training</source>
            <translation>4. Follow-up, providers at work and training</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="95" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="96" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="97" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="98" />
            <source>same provider {p} · same customer {c}</source>
            <translation>same provider {p} · same customer {c}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="99" />
            <source>{n} orders / {d} provider-days</source>
            <translation>{n} orders / {d} provider-days</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="100" />
            <source>before retraining {b}, {n} providers</source>
            <translation>before retraining {b}, {n} providers</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="101" />
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="102" />
            <source>Active providers</source>
            <translation>Active providers</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="103" />
            <source>Course / trainer</source>
            <translation>Course / trainer</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="104" />
            <source>Passed / assessed</source>
            <translation>Passed / assessed</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="105" />
            <source>Pass rate</source>
            <translation>Pass rate</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="106" />
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="107" />
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="108" />
            <source>trainer {n}</source>
            <translation>trainer {n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="109" />
            <source>(no trainer)</source>
            <translation>(no trainer)</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="110" />
            <source>All courses</source>
            <translation>All courses</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="111" />
            <source>The day</source>
            <translation>The day</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="112" />
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="113" />
            <source>h</source>
            <translation>h</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../app/views/insight/page.py" line="94" />
            <source>Operations dashboard</source>
            <translation>Operations dashboard</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="98" />
            <source>Export daily report…</source>
            <translation>Export daily report…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="100" />
            <source>Export figures (CSV)…</source>
            <translation>Export figures (CSV)…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="102" />
            <source>Every figure on this page as a table for a spreadsheet, with its formula</source>
            <translation>Every figure on this page as a table for a spreadsheet, with its formula</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>Same weekday last week</source>
            <translation>Same weekday last week</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="128" />
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="131" />
            <source>Orders per hour</source>
            <translation>Orders per hour</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="134" />
            <source>First response</source>
            <translation>First response</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="134" />
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="137" />
            <source>Complaint SLA kept, % per severity (7 days)</source>
            <translation>Complaint SLA kept, % per severity (7 days)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="139" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="144" />
            <source>Complaints per 1,000 orders (7 days)</source>
            <translation>Complaints per 1,000 orders (7 days)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="145" />
            <source>Dispatched before deadline (today)</source>
            <translation>Dispatched before deadline (today)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="146" />
            <source>On-time arrival (today)</source>
            <translation>On-time arrival (today)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="147" />
            <source>Completed (today)</source>
            <translation>Completed (today)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="211" />
            <source>The dashboard reads the local cache; there is none.</source>
            <translation>The dashboard reads the local cache; there is none.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="213" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="285" />
            <source>Last week by now: %1</source>
            <translation>Last week by now: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="296" />
            <source>Most: %1</source>
            <translation>Most: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="311" />
            <source>%1 waiting</source>
            <translation>%1 waiting</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="317" />
            <source>30 d: %1 · 60 d: %2 · 90 d: %3</source>
            <translation>30 d: %1 · 60 d: %2 · 90 d: %3</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="327" />
            <source>Click a bar to see today's orders on the board (it lists whole days).</source>
            <translation>Click a bar to see today's orders on the board (it lists whole days).</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="341" />
            <source>Click a bar to see that severity's open tickets in the team queue.</source>
            <translation>Click a bar to see that severity's open tickets in the team queue.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="370" />
            <source>Click a district to see its orders on the board.</source>
            <translation>Click a district to see its orders on the board.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="61" />
            <source>Cancellations by reason (today)</source>
            <translation>Cancellations by reason (today)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="63" />
            <location filename="../../app/views/insight/lists.py" line="73" />
            <location filename="../../app/views/insight/lists.py" line="130" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="69" />
            <source>Complaints per 1,000 orders by service (7 days)</source>
            <translation>Complaints per 1,000 orders by service (7 days)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="397" />
            <source>Same provider %1 · same customer %2</source>
            <translation>Same provider %1 · same customer %2</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="404" />
            <source>%1 orders / %2 provider-days</source>
            <translation>%1 orders / %2 provider-days</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="412" />
            <source>Before: %1 · %2 providers</source>
            <translation>Before: %1 · %2 providers</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="88" />
            <source>Active providers by service and district (today)</source>
            <translation>Active providers by service and district (today)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="98" />
            <source>(no trainer)</source>
            <translation>(no trainer)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="104" />
            <source>Retraining %1: complaints ‰ before → after</source>
            <translation>Retraining %1: complaints ‰ before → after</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="117" />
            <source>Pass rate by course and trainer (7 days)</source>
            <translation>Pass rate by course and trainer (7 days)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/lists.py" line="22" />
            <source>(no reason given)</source>
            <translation>(no reason given)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="421" />
            <source>Click to see these orders on the board.</source>
            <translation>Click to see these orders on the board.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="423" />
            <source>Click to see the overdue tickets in the team queue.</source>
            <translation>Click to see the overdue tickets in the team queue.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="424" />
            <source>Click to open the certification queue.</source>
            <translation>Click to open the certification queue.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/page.py" line="453" />
            <source>The list behind this figure is not one of your pages.</source>
            <translation>The list behind this figure is not one of your pages.</translation>
        </message>
    </context>
    <context>
        <name>DeskController</name>
        <message>
            <location filename="../../app/views/app.py" line="379" />
            <source>Your local data was not deleted: %1 command(s) have not reached the server yet. Log in again when the server can be reached so that they are sent.</source>
            <translation>Your local data was not deleted: %1 command(s) have not reached the server yet. Log in again when the server can be reached so that they are sent.</translation>
        </message>
        <message>
            <location filename="../../app/views/app.py" line="385" />
            <source>Your local data was not deleted: the app is still talking to the server. It will be deleted at your next logout.</source>
            <translation>Your local data was not deleted: the app is still talking to the server. It will be deleted at your next logout.</translation>
        </message>
        <message>
            <location filename="../../app/views/app.py" line="391" />
            <source>Local data kept</source>
            <translation>Local data kept</translation>
        </message>
    </context>
    <context>
        <name>DispatchMap</name>
        <message>
            <location filename="../../app/views/dispatch/map_widget.py" line="37" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/map_widget.py" line="38" />
            <source>%1 km</source>
            <translation>%1 km</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="99" />
            <source>Zoom in (+)</source>
            <translation>Zoom in (+)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="100" />
            <source>Zoom out (-)</source>
            <translation>Zoom out (-)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="101" />
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="102" />
            <source>Rotate</source>
            <translation>Rotate</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="108" />
            <source>◀ Page (PgUp)</source>
            <translation>◀ Page (PgUp)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="109" />
            <source>Page ▶ (PgDn)</source>
            <translation>Page ▶ (PgDn)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="126" />
            <source>No scan selected.</source>
            <translation>No scan selected.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="182" />
            <source>This build cannot show PDFs. Ask for a photo.</source>
            <translation>This build cannot show PDFs. Ask for a photo.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="192" />
            <source>The PDF could not be read.</source>
            <translation>The PDF could not be read.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="206" />
            <source>Rendering page %1…</source>
            <translation>Rendering page %1…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="221" />
            <source>This page could not be shown.</source>
            <translation>This page could not be shown.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="249" />
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/viewer.py" line="144" />
            <source>The scan could not be read as an image.</source>
            <translation>The scan could not be read as an image.</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../app/views/error_text.py" line="25" />
            <source>%1 seconds</source>
            <translation>%1 seconds</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="28" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="42" />
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="45" />
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>Wrong user name or password. Check both and try again.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="51" />
            <source>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</source>
            <translation>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="57" />
            <source>Too many login attempts. Try again in %1.</source>
            <translation>Too many login attempts. Try again in %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="61" />
            <source>a few minutes</source>
            <translation>a few minutes</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="64" />
            <source>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</source>
            <translation>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="70" />
            <source>Cannot reach the server at %1. Check the server address and your network connection.</source>
            <translation>Cannot reach the server at %1. Check the server address and your network connection.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="73" />
            <source>that address</source>
            <translation>that address</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="77" />
            <source>The server is older than this app and cannot serve it. Ask your administrator to update the server.</source>
            <translation>The server is older than this app and cannot serve it. Ask your administrator to update the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="83" />
            <source>The server is newer than this app. Please install the latest version of Shangmen Desk.</source>
            <translation>The server is newer than this app. Please install the latest version of Shangmen Desk.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="88" />
            <source>The server and this app do not speak the same version.</source>
            <translation>The server and this app do not speak the same version.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="92" />
            <source>Your account may not do this.</source>
            <translation>Your account may not do this.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="94" />
            <source>The server ran into a problem. Try again in a moment.</source>
            <translation>The server ran into a problem. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="99" />
            <source>Unexpected error: %1</source>
            <translation>Unexpected error: %1</translation>
        </message>
    </context>
    <context>
        <name>ExpiryTab</name>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="54" />
            <source>All (90 days and expired)</source>
            <translation>All (90 days and expired)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="55" />
            <location filename="../../app/views/certification/expiry.py" line="82" />
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="57" />
            <source>Within %1 days</source>
            <translation>Within %1 days</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="59" />
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="65" />
            <source>The provider's certificates</source>
            <translation>The provider's certificates</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="83" />
            <source>≤ %1 days</source>
            <translation>≤ %1 days</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="134" />
            <source>Certificates of %1 (newest first)</source>
            <translation>Certificates of %1 (newest first)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="152" />
            <source>Export the expiry watch</source>
            <translation>Export the expiry watch</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="156" />
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/expiry.py" line="160" />
            <source>Saved %1 certificates to %2</source>
            <translation>Saved %1 certificates to %2</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/views/board/filters.py" line="100" />
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="104" />
            <source>All services</source>
            <translation>All services</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="109" />
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="110" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="111" />
            <source>Next 2 hours</source>
            <translation>Next 2 hours</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="112" />
            <source>Dispatch overdue</source>
            <translation>Dispatch overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="113" />
            <source>Dispatch due within 30 min or overdue</source>
            <translation>Dispatch due within 30 min or overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="120" />
            <source>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</source>
            <translation>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>HandoverPanel</name>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="65" />
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="66" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="80" />
            <source>For the next shift: callbacks promised, customers to watch, pending decisions</source>
            <translation>For the next shift: callbacks promised, customers to watch, pending decisions</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="83" />
            <source>Print handover PDF…</source>
            <translation>Print handover PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="87" />
            <source>Save the handover as PDF and open it</source>
            <translation>Save the handover as PDF and open it</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="92" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="96" />
            <source>Handover note</source>
            <translation>Handover note</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="113" />
            <source>%1 day shift 08:00–20:00</source>
            <translation>%1 day shift 08:00–20:00</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="116" />
            <source>%1 night shift 20:00–08:00</source>
            <translation>%1 night shift 20:00–08:00</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="153" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="184" />
            <source>%1 — %2 open, %3 overdue</source>
            <translation>%1 — %2 open, %3 overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/handover.py" line="199" />
            <source>%1 open tickets, %2 overdue</source>
            <translation>%1 open tickets, %2 overdue</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <location filename="../../app/views/insight/export.py" line="90" />
            <source>The figures are still loading; try again in a moment.</source>
            <translation>The figures are still loading; try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="102" />
            <source>Daily report</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="110" />
            <source>Export daily report</source>
            <translation>Export daily report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="162" />
            <source>Dashboard figures</source>
            <translation>Dashboard figures</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="164" />
            <source>Export figures</source>
            <translation>Export figures</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="216" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="232" />
            <source>Data %1 – %2, cut-off %2 (%3)</source>
            <translation>Data %1 – %2, cut-off %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <location filename="../../app/views/certification/intake.py" line="55" />
            <source>Enter a certificate</source>
            <translation>Enter a certificate</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="61" />
            <source>Provider's name or pinyin initials</source>
            <translation>Provider's name or pinyin initials</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="72" />
            <source>As printed on the card</source>
            <translation>As printed on the card</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="76" />
            <source>Expiry printed on the card</source>
            <translation>Expiry printed on the card</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="84" />
            <source>Add scans…</source>
            <translation>Add scans…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="86" />
            <source>Remove scan (Del)</source>
            <translation>Remove scan (Del)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="96" />
            <source>Find provider</source>
            <translation>Find provider</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="97" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="98" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="99" />
            <source>Renews</source>
            <translation>Renews</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="100" />
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="101" />
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="102" />
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="103" />
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="105" />
            <source>Scans (JPEG, PNG, PDF; 10 MB each)</source>
            <translation>Scans (JPEG, PNG, PDF; 10 MB each)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="110" />
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="144" />
            <source>Nothing: a new certificate</source>
            <translation>Nothing: a new certificate</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="166" />
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="166" />
            <source>Scans (*.jpg *.jpeg *.png *.pdf)</source>
            <translation>Scans (*.jpg *.jpeg *.png *.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="187" />
            <source>%1 (sent)</source>
            <translation>%1 (sent)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="190" />
            <source>%1 (may already be on the server)</source>
            <translation>%1 (may already be on the server)</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="211" />
            <source>provider</source>
            <translation>provider</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="212" />
            <source>number</source>
            <translation>number</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="213" />
            <source>issuer</source>
            <translation>issuer</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="218" />
            <source>Missing: %1</source>
            <translation>Missing: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="238" />
            <source>Entering a certificate needs the server.</source>
            <translation>Entering a certificate needs the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="242" />
            <source>Sending…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="271" />
            <source>The certificate was saved; %1 of %2 scans did not upload: %3. Press Submit to send the rest.</source>
            <translation>The certificate was saved; %1 of %2 scans did not upload: %3. Press Submit to send the rest.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="288" />
            <source>%1 The server may have saved the certificate: the fields are kept as sent. Press Submit to find out and go on.</source>
            <translation>%1 The server may have saved the certificate: the fields are kept as sent. Press Submit to find out and go on.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="297" />
            <source>%1 is larger than 10 MB; remove it or choose a smaller file.</source>
            <translation>%1 is larger than 10 MB; remove it or choose a smaller file.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="302" />
            <source>The scan %1 could not be read; remove it or add it again.</source>
            <translation>The scan %1 could not be read; remove it or add it again.</translation>
        </message>
        <message>
            <location filename="../../app/views/certification/intake.py" line="322" />
            <source>Still sending; this closes when the server has answered.</source>
            <translation>Still sending; this closes when the server has answered.</translation>
        </message>
    </context>
    <context>
        <name>IntakePanel</name>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="73" />
            <source>Caller's phone number, then Enter</source>
            <translation>Caller's phone number, then Enter</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="75" />
            <source>Look the caller up by phone number</source>
            <translation>Look the caller up by phone number</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="77" />
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="83" />
            <location filename="../../app/views/complaints/intake.py" line="244" />
            <source>Type the caller's number to see who is calling.</source>
            <translation>Type the caller's number to see who is calling.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="93" />
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="97" />
            <source>Enter on an order starts a complaint about it</source>
            <translation>Enter on an order starts a complaint about it</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="104" />
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="123" />
            <source>Recent orders</source>
            <translation>Recent orders</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="125" />
            <source>Open tickets of this caller</source>
            <translation>Open tickets of this caller</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="134" />
            <source>New complaint…</source>
            <translation>New complaint…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="137" />
            <source>A complaint about the selected order, or the caller</source>
            <translation>A complaint about the selected order, or the caller</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="162" />
            <source>Type at least the full mobile number.</source>
            <translation>Type at least the full mobile number.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="164" />
            <source>Looking up %1…</source>
            <translation>Looking up %1…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="216" />
            <source>provider %1</source>
            <translation>provider %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="247" />
            <source>No customer has the number %1.</source>
            <translation>No customer has the number %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="200" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="203" />
            <source>Never send: %1</source>
            <translation>Never send: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="211" />
            <source>Order %1</source>
            <translation>Order %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="367" />
            <source>%1, no particular order</source>
            <translation>%1, no particular order</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/intake.py" line="394" />
            <source>Filed. The ticket opens as soon as the server confirms it.</source>
            <translation>Filed. The ticket opens as soon as the server confirms it.</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../app/views/insight/labels.py" line="26" />
            <source>Orders created</source>
            <translation>Orders created</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="27" />
            <source>Orders created in the period (from Beijing midnight), against the same hours of the same weekday a week earlier</source>
            <translation>Orders created in the period (from Beijing midnight), against the same hours of the same weekday a week earlier</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="34" />
            <source>Dispatched before deadline</source>
            <translation>Dispatched before deadline</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="35" />
            <source>Orders first assigned at or before their dispatch-by time ÷ orders whose dispatch-by time fell in the period (orders cancelled unassigned before it are left out)</source>
            <translation>Orders first assigned at or before their dispatch-by time ÷ orders whose dispatch-by time fell in the period (orders cancelled unassigned before it are left out)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="43" />
            <source>On-time arrival</source>
            <translation>On-time arrival</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="44" />
            <source>Orders started by 15 minutes after their scheduled start ÷ orders whose start plus 15 minutes fell in the period (orders cancelled before it are left out)</source>
            <translation>Orders started by 15 minutes after their scheduled start ÷ orders whose start plus 15 minutes fell in the period (orders cancelled before it are left out)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="52" />
            <source>Cancellations</source>
            <translation>Cancellations</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="53" />
            <source>Orders cancelled in the period, grouped by the reason given</source>
            <translation>Orders cancelled in the period, grouped by the reason given</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="56" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="57" />
            <source>Orders completed in the period</source>
            <translation>Orders completed in the period</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="60" />
            <source>Unassigned at risk</source>
            <translation>Unassigned at risk</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="61" />
            <source>Pending orders whose dispatch-by time has passed or is within 30 minutes of the cut-off</source>
            <translation>Pending orders whose dispatch-by time has passed or is within 30 minutes of the cut-off</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="68" />
            <source>First response within SLA</source>
            <translation>First response within SLA</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="69" />
            <source>Complaints acknowledged by their first-response deadline ÷ complaints whose first-response deadline fell in the period, per severity</source>
            <translation>Complaints acknowledged by their first-response deadline ÷ complaints whose first-response deadline fell in the period, per severity</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="76" />
            <source>Resolution within SLA</source>
            <translation>Resolution within SLA</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="77" />
            <source>Complaints resolved by their resolution deadline (counted from opening) ÷ complaints whose resolution deadline fell in the period, per severity</source>
            <translation>Complaints resolved by their resolution deadline (counted from opening) ÷ complaints whose resolution deadline fell in the period, per severity</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="85" />
            <source>Complaints per 1,000 orders</source>
            <translation>Complaints per 1,000 orders</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="86" />
            <source>Complaints opened in the period about orders of the group × 1,000 ÷ orders of the group completed in the period; not shown below 200 completed orders</source>
            <translation>Complaints opened in the period about orders of the group × 1,000 ÷ orders of the group completed in the period; not shown below 200 completed orders</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="94" />
            <source>Providers on hold</source>
            <translation>Providers on hold</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="95" />
            <source>Providers kept off dispatch at the cut-off by an active retraining, suspension or disqualification</source>
            <translation>Providers kept off dispatch at the cut-off by an active retraining, suspension or disqualification</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="102" />
            <source>Sanctions</source>
            <translation>Sanctions</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="103" />
            <source>Sanctions decided in the period, per level</source>
            <translation>Sanctions decided in the period, per level</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="106" />
            <source>Oldest certificate waiting</source>
            <translation>Oldest certificate waiting</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="107" />
            <source>Hours since the oldest certificate still submitted or in review was submitted, at the cut-off</source>
            <translation>Hours since the oldest certificate still submitted or in review was submitted, at the cut-off</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="114" />
            <source>Certificates expiring</source>
            <translation>Certificates expiring</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="115" />
            <source>Approved certificates whose last valid day (expiry or review due, the earlier) is within 30, 60 or 90 days after the cut-off day</source>
            <translation>Approved certificates whose last valid day (expiry or review due, the earlier) is within 30, 60 or 90 days after the cut-off day</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="122" />
            <source>Callbacks reached</source>
            <translation>Callbacks reached</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="123" />
            <source>Callback attempts logged in the period that reached the customer ÷ callback attempts logged in the period</source>
            <translation>Callback attempts logged in the period that reached the customer ÷ callback attempts logged in the period</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="130" />
            <source>Callbacks satisfied</source>
            <translation>Callbacks satisfied</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="131" />
            <source>Callbacks logged in the period that reached a satisfied customer ÷ callbacks logged in the period that reached the customer</source>
            <translation>Callbacks logged in the period that reached a satisfied customer ÷ callbacks logged in the period that reached the customer</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="138" />
            <source>Reopen rate</source>
            <translation>Reopen rate</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="139" />
            <source>Complaints opened in the period and reopened at least once (as recorded at the cut-off) ÷ complaints opened in the period</source>
            <translation>Complaints opened in the period and reopened at least once (as recorded at the cut-off) ÷ complaints opened in the period</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="146" />
            <source>Repeat complaints</source>
            <translation>Repeat complaints</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="147" />
            <source>Complaints opened in the period against the same provider or from the same customer as another complaint in the 30 days before (not a possible duplicate about the same order) ÷ complaints opened in the period</source>
            <translation>Complaints opened in the period against the same provider or from the same customer as another complaint in the 30 days before (not a possible duplicate about the same order) ÷ complaints opened in the period</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="156" />
            <source>Active providers</source>
            <translation>Active providers</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="157" />
            <source>Providers assigned at least one order scheduled to start in the period and not cancelled, and not on dispatch hold at the cut-off; per service category and district of those orders (a provider counts in each)</source>
            <translation>Providers assigned at least one order scheduled to start in the period and not cancelled, and not on dispatch hold at the cut-off; per service category and district of those orders (a provider counts in each)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="165" />
            <source>Orders per provider-day</source>
            <translation>Orders per provider-day</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="166" />
            <source>Orders completed in the period ÷ provider-days worked (a provider with at least one completed order on a Beijing day is one provider-day)</source>
            <translation>Orders completed in the period ÷ provider-days worked (a provider with at least one completed order on a Beijing day is one provider-day)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="173" />
            <source>Training pass rate</source>
            <translation>Training pass rate</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="174" />
            <source>Assessments signed in the period that passed ÷ assessments signed in the period, per course and per trainer (the trainer of the assessment's session)</source>
            <translation>Assessments signed in the period that passed ÷ assessments signed in the period, per course and per trainer (the trainer of the assessment's session)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="182" />
            <source>Complaints after retraining</source>
            <translation>Complaints after retraining</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/labels.py" line="183" />
            <source>For providers who passed a retraining assessment in the 60 days before the cut-off: complaints against them × 1,000 ÷ their orders completed, in the 30 days after the retraining (up to the cut-off) against the 30 days before, per retraining course; not shown below 50 orders</source>
            <translation>For providers who passed a retraining assessment in the 60 days before the cut-off: complaints against them × 1,000 ÷ their orders completed, in the 30 days after the retraining (up to the cut-off) against the 30 days before, per retraining course; not shown below 50 orders</translation>
        </message>
    </context>
    <context>
        <name>KpiCsv</name>
        <message>
            <location filename="../../app/views/insight/export.py" line="35" />
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="36" />
            <source>Of</source>
            <translation>Of</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="37" />
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="38" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="39" />
            <source>Numerator</source>
            <translation>Numerator</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="40" />
            <source>Denominator</source>
            <translation>Denominator</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="41" />
            <source>From (Beijing)</source>
            <translation>From (Beijing)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="42" />
            <source>Cut-off (Beijing)</source>
            <translation>Cut-off (Beijing)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="43" />
            <source>Timezone</source>
            <translation>Timezone</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="44" />
            <source>Formula</source>
            <translation>Formula</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="45" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="46" />
            <source>count</source>
            <translation>count</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="47" />
            <source>per 1,000 orders</source>
            <translation>per 1,000 orders</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="48" />
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="49" />
            <source>ratio</source>
            <translation>ratio</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="135" />
            <source>%1:00–%1:59</source>
            <translation>%1:00–%1:59</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="137" />
            <source>within %1 days</source>
            <translation>within %1 days</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="140" />
            <source>(no trainer)</source>
            <translation>(no trainer)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="141" />
            <source>trainer %1</source>
            <translation>trainer %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="143" />
            <source>all courses</source>
            <translation>all courses</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="147" />
            <source>%1, before retraining</source>
            <translation>%1, before retraining</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="150" />
            <source>%1, after retraining</source>
            <translation>%1, after retraining</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/export.py" line="151" />
            <source>(no reason given)</source>
            <translation>(no reason given)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/views/login_dialog.py" line="120" />
            <source>Shangmen Desk — Log in</source>
            <translation>Shangmen Desk — Log in</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="124" />
            <source>Shangmen Desk</source>
            <translation>Shangmen Desk</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="126" />
            <source>On-site services operations console</source>
            <translation>On-site services operations console</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="132" />
            <source>Choose a demo account…</source>
            <translation>Choose a demo account…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="137" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="140" />
            <location filename="../../app/views/login_dialog.py" line="171" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="141" />
            <source>Remember me on this computer</source>
            <translation>Remember me on this computer</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="157" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="166" />
            <source>The built-in demo server on this computer</source>
            <translation>The built-in demo server on this computer</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="167" />
            <source>Demo account</source>
            <translation>Demo account</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="170" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="178" />
            <location filename="../../app/views/login_dialog.py" line="365" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="204" />
            <source>Typed here, for this login.</source>
            <translation>Typed here, for this login.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="213" />
            <source>The built-in demo server on this computer, with Beijing demo data.</source>
            <translation>The built-in demo server on this computer, with Beijing demo data.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="215" />
            <source>Set for this computer by IT in %1.</source>
            <translation>Set for this computer by IT in %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="217" />
            <source>Given on the command line (--server).</source>
            <translation>Given on the command line (--server).</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="218" />
            <source>The server you used last on this computer.</source>
            <translation>The server you used last on this computer.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="272" />
            <source>Resuming your session…</source>
            <translation>Resuming your session…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="283" />
            <source>Enter the server, your user name and your password.</source>
            <translation>Enter the server, your user name and your password.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="288" />
            <source>Use https:// for a server on another computer: over http:// your password would travel unencrypted.</source>
            <translation>Use https:// for a server on another computer: over http:// your password would travel unencrypted.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="313" />
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="328" />
            <source>I have saved them</source>
            <translation>I have saved them</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="338" />
            <source>Continue</source>
            <translation>Continue</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="341" />
            <source>Preparing your authenticator code…</source>
            <translation>Preparing your authenticator code…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="388" />
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="439" />
            <source>the system keyring failed.</source>
            <translation>the system keyring failed.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="444" />
            <source>Your login cannot be remembered on this computer: %1</source>
            <translation>Your login cannot be remembered on this computer: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="441" />
            <source>no system keyring is available.</source>
            <translation>no system keyring is available.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/views/main_window.py" line="71" />
            <source>Shangmen Desk — %1</source>
            <translation>Shangmen Desk — %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="198" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="200" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="207" />
            <source>Last sync %1</source>
            <translation>Last sync %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="209" />
            <location filename="../../app/views/main_window.py" line="406" />
            <source>Not synced yet</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="213" />
            <source>Feed lag %1</source>
            <translation>Feed lag %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="215" />
            <location filename="../../app/views/main_window.py" line="407" />
            <source>Feed lag —</source>
            <translation>Feed lag —</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="220" />
            <location filename="../../app/views/main_window.py" line="408" />
            <source>Waiting to send: %1</source>
            <translation>Waiting to send: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="222" />
            <source>Held: %1</source>
            <translation>Held: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="224" />
            <source>Commands kept on this computer until the server confirms them</source>
            <translation>Commands kept on this computer until the server confirms them</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="230" />
            <source>… and %1 more</source>
            <translation>… and %1 more</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="246" />
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="256" />
            <source>Logging out…</source>
            <translation>Logging out…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="292" />
            <source>Session ended</source>
            <translation>Session ended</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="311" />
            <source>%1 command(s) have not reached the server yet. They stay on this computer and are sent the next time you log in here. %2 anyway?</source>
            <translation>%1 command(s) have not reached the server yet. They stay on this computer and are sent the next time you log in here. %2 anyway?</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="316" />
            <source>%1 command(s) have not reached the server yet, and this computer could not store them (see the notice at the top): they are LOST if you go now. Wait until the server answers, or note them down. %2 anyway?</source>
            <translation>%1 command(s) have not reached the server yet, and this computer could not store them (see the notice at the top): they are LOST if you go now. Wait until the server answers, or note them down. %2 anyway?</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="325" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="369" />
            <source>Shangmen</source>
            <translation>Shangmen</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="412" />
            <source>Show the commands that were not carried out (refused or held)</source>
            <translation>Show the commands that were not carried out (refused or held)</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="426" />
            <source>To decide: %1</source>
            <translation>To decide: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="252" />
            <location filename="../../app/views/main_window.py" line="392" />
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="294" />
            <source>Your session has ended (expired or signed out elsewhere). Please log in again. If a dialog is open, finish it first: what you enter there is kept and sent after you log in.</source>
            <translation>Your session has ended (expired or signed out elsewhere). Please log in again. If a dialog is open, finish it first: what you enter there is kept and sent after you log in.</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="393" />
            <source>Log out and forget this computer's saved login</source>
            <translation>Log out and forget this computer's saved login</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="196" />
            <location filename="../../app/views/main_window.py" line="404" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../app/views/menus.py" line="63" />
            <source>&amp;Desk</source>
            <translation>&amp;Desk</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="64" />
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="66" />
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="72" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="76" />
            <source>&amp;Pages</source>
            <translation>&amp;Pages</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="83" />
            <source>&amp;Actions</source>
            <translation>&amp;Actions</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="93" />
            <source>This page has no actions</source>
            <translation>This page has no actions</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="99" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="100" />
            <location filename="../../app/views/menus.py" line="156" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="105" />
            <location filename="../../app/views/menus.py" line="129" />
            <source>About Shangmen Desk</source>
            <translation>About Shangmen Desk</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="118" />
            <source>Shangmen Desk %1</source>
            <translation>Shangmen Desk %1</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="119" />
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="131" />
            <source>Shangmen Desk — the operations desk for on-site home services</source>
            <translation>Shangmen Desk — the operations desk for on-site home services</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="166" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="167" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../app/views/menus.py" line="168" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="63" />
            <source>What was done, who was contacted, what was agreed</source>
            <translation>What was done, who was contacted, what was agreed</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="65" />
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <location filename="../../app/views/notice_banner.py" line="60" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
    </context>
    <context>
        <name>OfflineBanner</name>
        <message>
            <location filename="../../app/views/offline_banner.py" line="29" />
            <source>%1 s ago</source>
            <translation>%1 s ago</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="32" />
            <source>%1 min ago</source>
            <translation>%1 min ago</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="34" />
            <source>%1 h %2 min ago</source>
            <translation>%1 h %2 min ago</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="62" />
            <source>You can keep working: changes are stored on this computer and sent when the server answers. Reading works from this computer's copy; lookups that need the server do not.</source>
            <translation>You can keep working: changes are stored on this computer and sent when the server answers. Reading works from this computer's copy; lookups that need the server do not.</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="70" />
            <source>Retry now</source>
            <translation>Retry now</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="72" />
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="104" />
            <source>The built-in server stopped; restarting it…</source>
            <translation>The built-in server stopped; restarting it…</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="109" />
            <source>The built-in server stopped and was restarted at %1, on the same database.</source>
            <translation>The built-in server stopped and was restarted at %1, on the same database.</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="116" />
            <source>The built-in server stopped and could not be restarted; the app keeps trying. What the server said is in %1.</source>
            <translation>The built-in server stopped and could not be restarted; the app keeps trying. What the server said is in %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="168" />
            <source>Offline since %1 — last contact %2.</source>
            <translation>Offline since %1 — last contact %2.</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="173" />
            <source>Offline since %1 — the server has not answered yet.</source>
            <translation>Offline since %1 — the server has not answered yet.</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="178" />
            <source>Trying again…</source>
            <translation>Trying again…</translation>
        </message>
        <message>
            <location filename="../../app/views/offline_banner.py" line="181" />
            <source>Next try in %1 s.</source>
            <translation>Next try in %1 s.</translation>
        </message>
    </context>
    <context>
        <name>OneTimePasswordDialog</name>
        <message>
            <location filename="../../app/views/admin/page.py" line="109" />
            <source>One-time password</source>
            <translation>One-time password</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="112" />
            <source>Give this password to %1 in person. It is shown only now; they must choose their own at the first login.</source>
            <translation>Give this password to %1 in person. It is shown only now; they must choose their own at the first login.</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="119" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../app/views/admin/page.py" line="121" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>OrderAction</name>
        <message>
            <location filename="../../app/views/labels.py" line="32" />
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="33" />
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="34" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="35" />
            <source>Accepted by provider</source>
            <translation>Accepted by provider</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="36" />
            <source>Provider on the way</source>
            <translation>Provider on the way</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="37" />
            <source>Service started</source>
            <translation>Service started</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="38" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="39" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>OrderBoardModel</name>
        <message>
            <location filename="../../app/views/board/model.py" line="54" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="55" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="56" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="57" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="58" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="59" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="60" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="61" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/views/board/model.py" line="62" />
            <source>Dispatch by</source>
            <translation>Dispatch by</translation>
        </message>
        <message>
            <location filename="../../app/views/board/cells.py" line="75" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/board/cells.py" line="110" />
            <source>%1 (Beijing time)</source>
            <translation>%1 (Beijing time)</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPanel</name>
        <message>
            <location filename="../../app/views/board/detail.py" line="73" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="74" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="75" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="76" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="77" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="78" />
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="79" />
            <source>Dispatch by</source>
            <translation>Dispatch by</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="80" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="91" />
            <source>Open the provider's scorecard</source>
            <translation>Open the provider's scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="96" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="99" />
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="112" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="119" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="130" />
            <source>Select an order to see its details.</source>
            <translation>Select an order to see its details.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="168" />
            <source>Premium order</source>
            <translation>Premium order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="179" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/board/detail.py" line="219" />
            <source>System</source>
            <translation>System</translation>
        </message>
    </context>
    <context>
        <name>OrderIntakeDialog</name>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="74" />
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="78" />
            <source>Caller's number</source>
            <translation>Caller's number</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="80" />
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="83" />
            <source>Find the caller by their phone number first.</source>
            <translation>Find the caller by their phone number first.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="97" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="102" />
            <source>Premium service</source>
            <translation>Premium service</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="104" />
            <source>Empty: the customer's address</source>
            <translation>Empty: the customer's address</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="107" />
            <source>The customer's district</source>
            <translation>The customer's district</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="112" />
            <source>For the provider, e.g. bring a ladder</source>
            <translation>For the provider, e.g. bring a ladder</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="121" />
            <source>Create order</source>
            <translation>Create order</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="133" />
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="136" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="137" />
            <source>Appointment</source>
            <translation>Appointment</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="138" />
            <source>Length</source>
            <translation>Length</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="139" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="141" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="142" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="143" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="164" />
            <source>Finding a caller needs a connection to the server.</source>
            <translation>Finding a caller needs a connection to the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="214" />
            <source>Type the caller's whole number: only the exact number is found.</source>
            <translation>Type the caller's whole number: only the exact number is found.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="222" />
            <source>Looking up the caller…</source>
            <translation>Looking up the caller…</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="235" />
            <source>The number changed: find the caller again (Enter).</source>
            <translation>The number changed: find the caller again (Enter).</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="251" />
            <source>%1 recent orders</source>
            <translation>%1 recent orders</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="261" />
            <source>Confirm the name and address with the caller.</source>
            <translation>Confirm the name and address with the caller.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="263" />
            <source>%1 customers share this number: pick the caller.</source>
            <translation>%1 customers share this number: pick the caller.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="270" />
            <source>No customer has this number. Check it with the caller; new customers register in the customer app first.</source>
            <translation>No customer has this number. Check it with the caller; new customers register in the customer app first.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="280" />
            <source>Could not look up the caller: %1</source>
            <translation>Could not look up the caller: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="291" />
            <source>Usually %1–%2 min</source>
            <translation>Usually %1–%2 min</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="296" />
            <source>¥%1–%2 in the catalogue</source>
            <translation>¥%1–%2 in the catalogue</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="315" />
            <source>Wait for the caller lookup to finish.</source>
            <translation>Wait for the caller lookup to finish.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="317" />
            <source>Find and pick the caller.</source>
            <translation>Find and pick the caller.</translation>
        </message>
        <message>
            <location filename="../../app/views/board/intake_dialog.py" line="325" />
            <source>Ready: the order will be queued and sent.</source>
            <translation>Ready: the order will be queued and sent.</translation>
        </message>
    </context>
    <context>
        <name>OrderStatus</name>
        <message>
            <location filename="../../app/views/labels.py" line="21" />
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="22" />
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="23" />
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="24" />
            <source>En route</source>
            <translation>En route</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="25" />
            <source>In service</source>
            <translation>In service</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="26" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="27" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
    </context>
    <context>
        <name>OutboxNotice</name>
        <message>
            <location filename="../../app/views/notice_banner.py" line="16" />
            <source>The file of unsent commands on this computer could not be opened (%1). Commands you make now are kept only until the app closes.</source>
            <translation>The file of unsent commands on this computer could not be opened (%1). Commands you make now are kept only until the app closes.</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="26" />
            <source>The file of unsent commands on this computer was damaged. All %1 command(s) in it were recovered and will be sent. The damaged file is kept as %2.</source>
            <translation>The file of unsent commands on this computer was damaged. All %1 command(s) in it were recovered and will be sent. The damaged file is kept as %2.</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="33" />
            <source>The file of unsent commands on this computer was damaged. %1 command(s) were recovered and will be sent; part of the file could not be read, so commands made shortly before may be missing: check your recent work. The damaged file is kept as %2.</source>
            <translation>The file of unsent commands on this computer was damaged. %1 command(s) were recovered and will be sent; part of the file could not be read, so commands made shortly before may be missing: check your recent work. The damaged file is kept as %2.</translation>
        </message>
        <message>
            <location filename="../../app/views/notice_banner.py" line="43" />
            <source>%1 unsent command(s) kept by an earlier version of the app were found and added to the commands waiting to be sent.</source>
            <translation>%1 unsent command(s) kept by an earlier version of the app were found and added to the commands waiting to be sent.</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="26" />
            <source>Override eligibility</source>
            <translation>Override eligibility</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="29" />
            <source>%1 is not eligible for this order:</source>
            <translation>%1 is not eligible for this order:</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="37" />
            <source>Send them anyway only with a reason. It is recorded on the order and audited.</source>
            <translation>Send them anyway only with a reason. It is recorded on the order and audited.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="41" />
            <source>Why this provider despite the rules (required)</source>
            <translation>Why this provider despite the rules (required)</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/override_dialog.py" line="47" />
            <source>Assign with override</source>
            <translation>Assign with override</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <location filename="../../app/views/pages.py" line="132" />
            <source>Operations dashboard</source>
            <translation>Operations dashboard</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="134" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="88" />
            <source>Dispatch board</source>
            <translation>Dispatch board</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="90" />
            <source>Board</source>
            <translation>Board</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="96" />
            <source>Auto-dispatch</source>
            <translation>Auto-dispatch</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="98" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="104" />
            <source>Complaints workbench</source>
            <translation>Complaints workbench</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="106" />
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="114" />
            <source>Certification review</source>
            <translation>Certification review</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="116" />
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="123" />
            <source>Training and assessment</source>
            <translation>Training and assessment</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="125" />
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="141" />
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="143" />
            <source>Audit</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="150" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="152" />
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
    </context>
    <context>
        <name>PdfFiles</name>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="26" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="60" />
            <location filename="../../app/views/insight/export.py" line="172" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/pdf.py" line="65" />
            <source>Could not save the PDF: %1</source>
            <translation>Could not save the PDF: %1</translation>
        </message>
    </context>
    <context>
        <name>PickStaffDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="205" />
            <source>Keep the current handler</source>
            <translation>Keep the current handler</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="209" />
            <source>Note (why, what is needed)</source>
            <translation>Note (why, what is needed)</translation>
        </message>
    </context>
    <context>
        <name>PlanModel</name>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="41" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="42" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="43" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="44" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="45" />
            <source>→ Provider</source>
            <translation>→ Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="46" />
            <source>Travel</source>
            <translation>Travel</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="47" />
            <source>Why / due</source>
            <translation>Why / due</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="151" />
            <source>Not assigned</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="155" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="161" />
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="166" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="168" />
            <source>Changed since planning: the order is gone</source>
            <translation>Changed since planning: the order is gone</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="170" />
            <source>Changed since planning: now %1</source>
            <translation>Changed since planning: now %1</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/plan_model.py" line="173" />
            <source>Changed since planning</source>
            <translation>Changed since planning</translation>
        </message>
    </context>
    <context>
        <name>PlanWindowBar</name>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="55" />
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="65" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="58" />
            <source>Due by +2 h</source>
            <translation>Due by +2 h</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="61" />
            <source>Plan the orders that must be dispatched within the next two hours, and those already late today</source>
            <translation>Plan the orders that must be dispatched within the next two hours, and those already late today</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="72" />
            <source>Due from</source>
            <translation>Due from</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="74" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="76" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="114" />
            <source>The window must end after it starts.</source>
            <translation>The window must end after it starts.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="116" />
            <source>A window is at most two days.</source>
            <translation>A window is at most two days.</translation>
        </message>
        <message>
            <location filename="../../app/views/dispatch/window_bar.py" line="122" />
            <source>Plan the window (F5)</source>
            <translation>Plan the window (F5)</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../app/views/problems_panel.py" line="54" />
            <source>Commands not carried out — choose what to do with each</source>
            <translation>Commands not carried out — choose what to do with each</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="60" />
            <source>Server now</source>
            <translation>Server now</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="67" />
            <source>Retry on the current version</source>
            <translation>Retry on the current version</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="69" />
            <source>Send the command again against what the server has now</source>
            <translation>Send the command again against what the server has now</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="71" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="72" />
            <source>Drop the command; the server's state stays</source>
            <translation>Drop the command; the server's state stays</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="99" />
            <source>Someone changed it first</source>
            <translation>Someone changed it first</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="105" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="113" />
            <source>Held, not sent: made against another copy of the server's data (another server, or before a reset). It is sent when you log in to that server again; here it can only be discarded.</source>
            <translation>Held, not sent: made against another copy of the server's data (another server, or before a reset). It is sent when you log in to that server again; here it can only be discarded.</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="184" />
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="191" />
            <source>changed %1</source>
            <translation>changed %1</translation>
        </message>
    </context>
    <context>
        <name>ProviderLevel</name>
        <message>
            <location filename="../../app/views/labels.py" line="108" />
            <source>Junior</source>
            <translation>Junior</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="109" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="110" />
            <source>Senior</source>
            <translation>Senior</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="111" />
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
    </context>
    <context>
        <name>ProviderRecordDialog</name>
        <message>
            <location filename="../../app/views/training/record.py" line="77" />
            <source>Training record</source>
            <translation>Training record</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="79" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="84" />
            <source>Standing</source>
            <translation>Standing</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="91" />
            <source>Enrolment</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Theory</source>
            <translation>Theory</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Practical</source>
            <translation>Practical</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="92" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="93" />
            <source>Amendments</source>
            <translation>Amendments</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="97" />
            <source>Transcript PDF…</source>
            <translation>Transcript PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="100" />
            <source>Certificate PDF…</source>
            <translation>Certificate PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="102" />
            <source>The training certificate of the passed assessment selected</source>
            <translation>The training certificate of the passed assessment selected</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="108" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="112" />
            <source>Training certificates</source>
            <translation>Training certificates</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="114" />
            <source>Sessions and assessments</source>
            <translation>Sessions and assessments</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="140" />
            <source>No expiry</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="191" />
            <source>Save the training certificate</source>
            <translation>Save the training certificate</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="192" />
            <source>certificate-%1.pdf</source>
            <translation>certificate-%1.pdf</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="205" />
            <source>Save the training transcript</source>
            <translation>Save the training transcript</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="206" />
            <source>training-%1-%2.pdf</source>
            <translation>training-%1-%2.pdf</translation>
        </message>
    </context>
    <context>
        <name>ProviderSanctionsDialog</name>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="59" />
            <source>Sanctions of %1</source>
            <translation>Sanctions of %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="61" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Sanction</source>
            <translation>Sanction</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="74" />
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="75" />
            <source>Appeal</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="75" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="83" />
            <source>No sanctions on record.</source>
            <translation>No sanctions on record.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="112" />
            <source>Dispatch hold: %1</source>
            <translation>Dispatch hold: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="114" />
            <source>No dispatch hold: the provider may be dispatched.</source>
            <translation>No dispatch hold: the provider may be dispatched.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="141" />
            <source>Decided by %1</source>
            <translation>Decided by %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="155" />
            <source>This provider is not in the local data yet.</source>
            <translation>This provider is not in the local data yet.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="161" />
            <source>The local data cannot be read from here.</source>
            <translation>The local data cannot be read from here.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanctions_view.py" line="163" />
            <source>Could not load the sanctions.</source>
            <translation>Could not load the sanctions.</translation>
        </message>
    </context>
    <context>
        <name>ReportRequestDialog</name>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="34" />
            <source>Make report</source>
            <translation>Make report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="36" />
            <source>Daily report</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="37" />
            <source>Weekly report (Monday to Sunday)</source>
            <translation>Weekly report (Monday to Sunday)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="51" />
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="52" />
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="73" />
            <source>Reports start in 2000.</source>
            <translation>Reports start in 2000.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/report_dialog.py" line="75" />
            <source>That week has not ended yet.</source>
            <translation>That week has not ended yet.</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <location filename="../../app/reports/labels.py" line="40" />
            <source>Shangmen Desk · home-services operations</source>
            <translation>Shangmen Desk · home-services operations</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="43" />
            <source>Contains personal information, masked. For complaint handling and regulators only.</source>
            <translation>Contains personal information, masked. For complaint handling and regulators only.</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="55" />
            <source>safety</source>
            <translation>safety</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="56" />
            <source>theft</source>
            <translation>theft</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="57" />
            <source>injury</source>
            <translation>injury</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="58" />
            <source>service quality</source>
            <translation>service quality</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="59" />
            <source>attitude</source>
            <translation>attitude</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="60" />
            <source>lateness</source>
            <translation>lateness</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="61" />
            <source>no-show</source>
            <translation>no-show</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="62" />
            <source>pricing</source>
            <translation>pricing</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="63" />
            <source>damage</source>
            <translation>damage</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="64" />
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="69" />
            <source>record</source>
            <translation>record</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="70" />
            <source>handling</source>
            <translation>handling</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="71" />
            <source>resolution</source>
            <translation>resolution</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="72" />
            <source>transfer</source>
            <translation>transfer</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="73" />
            <source>escalated</source>
            <translation>escalated</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="74" />
            <source>reopened</source>
            <translation>reopened</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="75" />
            <source>sanction</source>
            <translation>sanction</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="76" />
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="77" />
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="78" />
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="82" />
            <source>reached, satisfied</source>
            <translation>reached, satisfied</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="83" />
            <source>reached, not satisfied</source>
            <translation>reached, not satisfied</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="84" />
            <source>unreachable</source>
            <translation>unreachable</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="89" />
            <source>not yet called back in this round</source>
            <translation>not yet called back in this round</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="90" />
            <source>trying; fewer than three attempts</source>
            <translation>trying; fewer than three attempts</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="91" />
            <source>the customer is satisfied</source>
            <translation>the customer is satisfied</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="92" />
            <source>not satisfied; reopened</source>
            <translation>not satisfied; reopened</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="94" />
            <source>unreachable, attempts documented</source>
            <translation>unreachable, attempts documented</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="99" />
            <source>substantiated</source>
            <translation>substantiated</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="100" />
            <source>not substantiated</source>
            <translation>not substantiated</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="101" />
            <source>no finding</source>
            <translation>no finding</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="105" />
            <source>in force</source>
            <translation>in force</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="106" />
            <source>lifted</source>
            <translation>lifted</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="107" />
            <source>overturned</source>
            <translation>overturned</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="111" />
            <source>under review</source>
            <translation>under review</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="112" />
            <source>sanction upheld</source>
            <translation>sanction upheld</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="113" />
            <source>sanction overturned</source>
            <translation>sanction overturned</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="189" />
            <source>&lt;1 min</source>
            <translation>&lt;1 min</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="193" />
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="194" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="195" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="209" />
            <source>overdue by {t}</source>
            <translation>overdue by {t}</translation>
        </message>
        <message>
            <location filename="../../app/reports/labels.py" line="212" />
            <source>{t} left</source>
            <translation>{t} left</translation>
        </message>
        <message>
            <location filename="../../app/reports/common.py" line="301" />
            <source>Printed {when} (Beijing time) by {who}</source>
            <translation>Printed {when} (Beijing time) by {who}</translation>
        </message>
        <message>
            <location filename="../../app/reports/common.py" line="310" />
            <source>Page {page} of {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
    </context>
    <context>
        <name>ReportsPanel</name>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="47" />
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="53" />
            <source>Download…</source>
            <translation>Download…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="56" />
            <source>Make report for…</source>
            <translation>Make report for…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="61" />
            <source>Newer</source>
            <translation>Newer</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="63" />
            <source>Older</source>
            <translation>Older</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="115" />
            <source>No reports kept yet.</source>
            <translation>No reports kept yet.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="122" />
            <source>%1–%2 of %3</source>
            <translation>%1–%2 of %3</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="137" />
            <source>Weekly report %1 – %2</source>
            <translation>Weekly report %1 – %2</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="139" />
            <source>Daily report %1</source>
            <translation>Daily report %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="140" />
            <source>made %1</source>
            <translation>made %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="141" />
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="160" />
            <source>Weekly report</source>
            <translation>Weekly report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="160" />
            <source>Daily report</source>
            <translation>Daily report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="162" />
            <source>Download report</source>
            <translation>Download report</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="172" />
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="174" />
            <source>Downloading…</source>
            <translation>Downloading…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="191" />
            <source>Ready: %1</source>
            <translation>Ready: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/reports_panel.py" line="194" />
            <source>Making the report…</source>
            <translation>Making the report…</translation>
        </message>
    </context>
    <context>
        <name>ResolveDialog</name>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="112" />
            <source>Resolve %1</source>
            <translation>Resolve %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="116" />
            <source>What was done, and what the customer was told (required)</source>
            <translation>What was done, and what the customer was told (required)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="119" />
            <source>Substantiated: the complaint holds</source>
            <translation>Substantiated: the complaint holds</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="120" />
            <source>Not substantiated</source>
            <translation>Not substantiated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="121" />
            <source>No finding yet</source>
            <translation>No finding yet</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="128" />
            <source>Record resolution</source>
            <translation>Record resolution</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="130" />
            <source>How was complaint %1 resolved?</source>
            <translation>How was complaint %1 resolved?</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="133" />
            <source>Finding about %1:</source>
            <translation>Finding about %1:</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="135" />
            <source>Finding:</source>
            <translation>Finding:</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="167" />
            <source>A supervisor must then record a sanction decision before closing.</source>
            <translation>A supervisor must then record a sanction decision before closing.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/dialogs.py" line="171" />
            <source>Without a finding the ticket cannot close; record one later.</source>
            <translation>Without a finding the ticket cannot close; record one later.</translation>
        </message>
    </context>
    <context>
        <name>Role</name>
        <message>
            <location filename="../../app/views/labels.py" line="43" />
            <source>Dispatcher</source>
            <translation>Dispatcher</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="44" />
            <source>Customer-care agent</source>
            <translation>Customer-care agent</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="45" />
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="46" />
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="47" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="48" />
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>SanctionDecisionDialog</name>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="74" />
            <source>Sanction decision on %1: %2</source>
            <translation>Sanction decision on %1: %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="76" />
            <source>Sanction decision on %1</source>
            <translation>Sanction decision on %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="89" />
            <source>The ladder recommends: %1</source>
            <translation>The ladder recommends: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="107" />
            <source>Suspended until</source>
            <translation>Suspended until</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="110" />
            <source>Why this decision (required, also for no sanction)</source>
            <translation>Why this decision (required, also for no sanction)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="116" />
            <source>The customer never wants %1 again</source>
            <translation>The customer never wants %1 again</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="119" />
            <source>Reason for the block</source>
            <translation>Reason for the block</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="125" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="127" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="131" />
            <source>Record decision</source>
            <translation>Record decision</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/sanction_dialog.py" line="206" />
            <source>This departs from the recommendation: say why in the reason.</source>
            <translation>This departs from the recommendation: say why in the reason.</translation>
        </message>
    </context>
    <context>
        <name>Scorecard</name>
        <message>
            <location filename="../../app/reports/scorecard.py" line="48" />
            <source>Provider scorecard</source>
            <translation>Provider scorecard</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="49" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="50" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="51" />
            <source>Main category</source>
            <translation>Main category</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="52" />
            <source>Home district</source>
            <translation>Home district</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="53" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="54" />
            <source>Peers (same category, district)</source>
            <translation>Peers (same category, district)</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="55" />
            <source>Figures (last 90 days)</source>
            <translation>Figures (last 90 days)</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="56" />
            <source>Figure</source>
            <translation>Figure</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="57" />
            <source>Peers' median</source>
            <translation>Peers' median</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="58" />
            <source>Orders completed</source>
            <translation>Orders completed</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="59" />
            <source>On-time arrival</source>
            <translation>On-time arrival</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="60" />
            <source>Cancellations</source>
            <translation>Cancellations</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="61" />
            <source>Mean rating</source>
            <translation>Mean rating</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="62" />
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="63" />
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="64" />
            <source>Substantiated</source>
            <translation>Substantiated</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="65" />
            <source>Weekly mean rating</source>
            <translation>Weekly mean rating</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="66" />
            <source>Sanctions and appeals</source>
            <translation>Sanctions and appeals</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="67" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="68" />
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="69" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="70" />
            <source>Appeal</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="71" />
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="72" />
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="73" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="74" />
            <source>Review due</source>
            <translation>Review due</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="75" />
            <source>Training results</source>
            <translation>Training results</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="76" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="77" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="78" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="79" />
            <source>Theory / practical</source>
            <translation>Theory / practical</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="80" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="81" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="82" />
            <source> (retraining)</source>
            <translation> (retraining)</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="83" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="84" />
            <source>Fewer than 5 peers: no median</source>
            <translation>Fewer than 5 peers: no median</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="85" />
            <source>%d more not listed</source>
            <translation>%d more not listed</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="86" />
            <source>Last 90 Beijing days (Asia/Shanghai) up to the print time; on time = started within 15 minutes of the scheduled start; ratings of orders completed in the period.</source>
            <translation>Last 90 Beijing days (Asia/Shanghai) up to the print time; on time = started within 15 minutes of the scheduled start; ratings of orders completed in the period.</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="97" />
            <source>submitted</source>
            <translation>submitted</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="98" />
            <source>in review</source>
            <translation>in review</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="99" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="100" />
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="101" />
            <source>resubmission requested</source>
            <translation>resubmission requested</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="105" />
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="106" />
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <location filename="../../app/reports/scorecard.py" line="110" />
            <source>Contains personal information. For service-quality management only.</source>
            <translation>Contains personal information. For service-quality management only.</translation>
        </message>
    </context>
    <context>
        <name>ScorecardDialog</name>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="82" />
            <source>Provider scorecard</source>
            <translation>Provider scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="84" />
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="88" />
            <source>Last 90 days</source>
            <translation>Last 90 days</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="88" />
            <source>This provider</source>
            <translation>This provider</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="89" />
            <source>Peers' median</source>
            <translation>Peers' median</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="93" />
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="94" />
            <source>Appeal</source>
            <translation>Appeal</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="94" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="95" />
            <source>Expires</source>
            <translation>Expires</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="96" />
            <source>Review due</source>
            <translation>Review due</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="97" />
            <source>Theory</source>
            <translation>Theory</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="98" />
            <source>Practical</source>
            <translation>Practical</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="98" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="99" />
            <source>Export PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="103" />
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="107" />
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="108" />
            <source>Weekly mean rating</source>
            <translation>Weekly mean rating</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="109" />
            <source>Sanctions and appeals</source>
            <translation>Sanctions and appeals</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="110" />
            <source>Certificates</source>
            <translation>Certificates</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="111" />
            <source>Training results</source>
            <translation>Training results</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="164" />
            <source>This provider is not on this computer.</source>
            <translation>This provider is not on this computer.</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="171" />
            <source>%1 · %2 · since %3 (Beijing days) · %4 peers</source>
            <translation>%1 · %2 · since %3 (Beijing days) · %4 peers</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="189" />
            <source>Orders completed</source>
            <translation>Orders completed</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="190" />
            <source>On-time arrival</source>
            <translation>On-time arrival</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="191" />
            <source>Cancellations</source>
            <translation>Cancellations</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="192" />
            <source>Mean rating</source>
            <translation>Mean rating</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="193" />
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="194" />
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="195" />
            <source>Substantiated complaints</source>
            <translation>Substantiated complaints</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="205" />
            <source>Fewer than 5 peers: no median.</source>
            <translation>Fewer than 5 peers: no median.</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="232" />
            <source>%1 (retraining)</source>
            <translation>%1 (retraining)</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="235" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="235" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="248" />
            <source>Save the provider scorecard</source>
            <translation>Save the provider scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/scorecard/dialog.py" line="249" />
            <source>scorecard-%1-%2.pdf</source>
            <translation>scorecard-%1-%2.pdf</translation>
        </message>
    </context>
    <context>
        <name>ScorecardFigures</name>
        <message>
            <location filename="../../app/reports/scorecard.py" line="95" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
    </context>
    <context>
        <name>ServerErrors</name>
        <message>
            <location filename="../../app/server/app.py" line="151" />
            <source>The request could not be parsed.</source>
            <translation>The request could not be parsed.</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="152" />
            <source>Not found.</source>
            <translation>Not found.</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="153" />
            <source>Method not allowed.</source>
            <translation>Method not allowed.</translation>
        </message>
        <message>
            <location filename="../../app/server/app.py" line="155" />
            <source>The request failed.</source>
            <translation>The request failed.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="47" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="53" />
            <source>A new language shows from your next login.</source>
            <translation>A new language shows from your next login.</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="57" />
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="59" />
            <source>Sound when one of my tickets goes overdue</source>
            <translation>Sound when one of my tickets goes overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="61" />
            <source>Desktop notification when one of my tickets goes overdue</source>
            <translation>Desktop notification when one of my tickets goes overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="65" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="67" />
            <source>Text size</source>
            <translation>Text size</translation>
        </message>
        <message>
            <location filename="../../app/views/settings_dialog.py" line="68" />
            <source>Overdue alerts</source>
            <translation>Overdue alerts</translation>
        </message>
    </context>
    <context>
        <name>ShiftHandover</name>
        <message>
            <location filename="../../app/reports/handover.py" line="51" />
            <source>Shift handover</source>
            <translation>Shift handover</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="52" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="53" />
            <source>Open tickets</source>
            <translation>Open tickets</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="54" />
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="55" />
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="56" />
            <source>To escalate</source>
            <translation>To escalate</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="57" />
            <source>1. Open tickets</source>
            <translation>1. Open tickets</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="58" />
            <source>2. Handover note</source>
            <translation>2. Handover note</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="59" />
            <source>3. Signatures</source>
            <translation>3. Signatures</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="60" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="61" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="62" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="63" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="64" />
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="65" />
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="66" />
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="67" />
            <source>escalate</source>
            <translation>escalate</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="68" />
            <source>escalated</source>
            <translation>escalated</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="69" />
            <source>reopened</source>
            <translation>reopened</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="70" />
            <source>No open tickets.</source>
            <translation>No open tickets.</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="71" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="72" />
            <source>Outgoing (signature)</source>
            <translation>Outgoing (signature)</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="73" />
            <source>Incoming (signature)</source>
            <translation>Incoming (signature)</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="74" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="76" />
            <source>{n}</source>
            <translation>{n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="77" />
            <source>, {n} overdue</source>
            <translation>, {n} overdue</translation>
        </message>
        <message>
            <location filename="../../app/reports/handover.py" line="78" />
            <source>none (to close)</source>
            <translation>none (to close)</translation>
        </message>
    </context>
    <context>
        <name>SlaClock</name>
        <message>
            <location filename="../../app/rules/sla.py" line="66" />
            <source>first response</source>
            <translation>first response</translation>
        </message>
        <message>
            <location filename="../../app/rules/sla.py" line="67" />
            <source>resolution</source>
            <translation>resolution</translation>
        </message>
        <message>
            <location filename="../../app/rules/sla.py" line="68" />
            <source>callback</source>
            <translation>callback</translation>
        </message>
    </context>
    <context>
        <name>StateChips</name>
        <message>
            <location filename="../../app/views/board/filters.py" line="55" />
            <source>Show only this state (%1)</source>
            <translation>Show only this state (%1)</translation>
        </message>
        <message>
            <location filename="../../app/views/board/filters.py" line="74" />
            <source>All %1</source>
            <translation>All %1</translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message>
            <location filename="../../app/views/login_steps.py" line="42" />
            <source>Copy the codes</source>
            <translation>Copy the codes</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="62" />
            <source>Your password was set by an administrator. Choose your own: at least %1 characters, not a common password, not containing your user name.</source>
            <translation>Your password was set by an administrator. Choose your own: at least %1 characters, not a common password, not containing your user name.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="67" />
            <source>New password</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="68" />
            <source>New password again</source>
            <translation>New password again</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="75" />
            <source>6-digit code</source>
            <translation>6-digit code</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="79" />
            <source>Your role needs a second factor. Scan this code with an authenticator app (e.g. Microsoft Authenticator, Google Authenticator), then type the 6 digits it shows.</source>
            <translation>Your role needs a second factor. Scan this code with an authenticator app (e.g. Microsoft Authenticator, Google Authenticator), then type the 6 digits it shows.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="88" />
            <source>Type the 6-digit code from your authenticator app, or one of your recovery codes.</source>
            <translation>Type the 6-digit code from your authenticator app, or one of your recovery codes.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="92" />
            <source>6-digit code or recovery code</source>
            <translation>6-digit code or recovery code</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="99" />
            <source>Or enter this key by hand: %1</source>
            <translation>Or enter this key by hand: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="108" />
            <source>Your second factor is set up. Keep these recovery codes somewhere safe: each one logs you in once if you lose your phone. They are shown only now.</source>
            <translation>Your second factor is set up. Keep these recovery codes somewhere safe: each one logs you in once if you lose your phone. They are shown only now.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="123" />
            <source>The password needs at least %1 characters.</source>
            <translation>The password needs at least %1 characters.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="127" />
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_steps.py" line="130" />
            <source>Type the code from your authenticator app.</source>
            <translation>Type the code from your authenticator app.</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../app/views/sync_worker.py" line="210" />
            <source>Some of your unsent commands could not be read from this computer's outbox file (%1). They are not deleted; the others are still sent.</source>
            <translation>Some of your unsent commands could not be read from this computer's outbox file (%1). They are not deleted; the others are still sent.</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_worker.py" line="250" />
            <source>Not stored: %1. The local data could not be opened.</source>
            <translation>Not stored: %1. The local data could not be opened.</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_worker.py" line="444" />
            <source>Sync problem: %1</source>
            <translation>Sync problem: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/sync_link.py" line="150" />
            <source>Not stored: %1. The local data could not be written (%2).</source>
            <translation>Not stored: %1. The local data could not be written (%2).</translation>
        </message>
    </context>
    <context>
        <name>TicketActions</name>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="87" />
            <source>Open a ticket first.</source>
            <translation>Open a ticket first.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="90" />
            <source>Waiting for the server to confirm the last step.</source>
            <translation>Waiting for the server to confirm the last step.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="93" />
            <source>The server did not offer this step.</source>
            <translation>The server did not offer this step.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="97" />
            <source>The ticket names no provider.</source>
            <translation>The ticket names no provider.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="105" />
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="107" />
            <source>Take the ticket on: this is the first response</source>
            <translation>Take the ticket on: this is the first response</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="111" />
            <source>Investigate</source>
            <translation>Investigate</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="113" />
            <source>Start investigating the complaint</source>
            <translation>Start investigating the complaint</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="117" />
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="119" />
            <source>Record the resolution and whether the complaint is substantiated</source>
            <translation>Record the resolution and whether the complaint is substantiated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="123" />
            <source>Close ticket</source>
            <translation>Close ticket</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="125" />
            <source>Close the ticket (needs resolution, callback and sanction decision)</source>
            <translation>Close the ticket (needs resolution, callback and sanction decision)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="129" />
            <source>Note…</source>
            <translation>Note…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="131" />
            <source>Add a handling note to the timeline</source>
            <translation>Add a handling note to the timeline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="135" />
            <source>Escalate…</source>
            <translation>Escalate…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="137" />
            <source>Escalate to a supervisor</source>
            <translation>Escalate to a supervisor</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="141" />
            <source>Transfer…</source>
            <translation>Transfer…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="143" />
            <source>Assign or transfer the ticket to a colleague</source>
            <translation>Assign or transfer the ticket to a colleague</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="147" />
            <source>Sanction…</source>
            <translation>Sanction…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="149" />
            <source>Supervisors: record the sanction decision on the provider</source>
            <translation>Supervisors: record the sanction decision on the provider</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="153" />
            <source>Never send again…</source>
            <translation>Never send again…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="155" />
            <source>The customer never wants this provider again (dispatch honours it)</source>
            <translation>The customer never wants this provider again (dispatch honours it)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="159" />
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="161" />
            <source>Reopen the ticket for further handling</source>
            <translation>Reopen the ticket for further handling</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="165" />
            <source>Provider record</source>
            <translation>Provider record</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="167" />
            <source>The provider's sanctions and their history</source>
            <translation>The provider's sanctions and their history</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="172" />
            <source>Case file PDF…</source>
            <translation>Case file PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/actions.py" line="174" />
            <source>Save the ticket's case file as PDF</source>
            <translation>Save the ticket's case file as PDF</translation>
        </message>
    </context>
    <context>
        <name>TicketDetailPanel</name>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="120" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="120" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="121" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="121" />
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="122" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="122" />
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="123" />
            <source>Finding</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="123" />
            <source>Sanction</source>
            <translation>Sanction</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="136" />
            <source>Open the provider's scorecard</source>
            <translation>Open the provider's scorecard</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="156" />
            <location filename="../../app/views/complaints/detail.py" line="370" />
            <source>Before this ticket can close:</source>
            <translation>Before this ticket can close:</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="179" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="185" />
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="196" />
            <location filename="../../app/views/complaints/detail.py" line="265" />
            <source>Choose a ticket from a queue, or take a call.</source>
            <translation>Choose a ticket from a queue, or take a call.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="246" />
            <source>Loading %1…</source>
            <translation>Loading %1…</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="301" />
            <source>Sending… waiting for the server</source>
            <translation>Sending… waiting for the server</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="307" />
            <source>VIP</source>
            <translation>VIP</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="317" />
            <source>No order</source>
            <translation>No order</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="323" />
            <source>None named</source>
            <translation>None named</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="326" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="331" />
            <source>Substantiated</source>
            <translation>Substantiated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="333" />
            <source>Not substantiated</source>
            <translation>Not substantiated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="335" />
            <source>No finding yet</source>
            <translation>No finding yet</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="347" />
            <source>To decide (recommended: %1)</source>
            <translation>To decide (recommended: %1)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="368" />
            <source>Once the server confirms, still missing before closing:</source>
            <translation>Once the server confirms, still missing before closing:</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="385" />
            <source>Callback: %1</source>
            <translation>Callback: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="387" />
            <source>Sanction: %1</source>
            <translation>Sanction: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="408" />
            <source>%1: not started</source>
            <translation>%1: not started</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="412" />
            <source>%1: late, at %2</source>
            <translation>%1: late, at %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="415" />
            <source>%1: met at %2</source>
            <translation>%1: met at %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="419" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/detail.py" line="434" />
            <source>Due %1 (Beijing time)</source>
            <translation>Due %1 (Beijing time)</translation>
        </message>
    </context>
    <context>
        <name>TicketQueueModel</name>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="87" />
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="88" />
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="89" />
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="90" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="91" />
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="92" />
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="93" />
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="94" />
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="250" />
            <source>Waiting to close</source>
            <translation>Waiting to close</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="262" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="271" />
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="273" />
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="275" />
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="277" />
            <source>Possible duplicate</source>
            <translation>Possible duplicate</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="282" />
            <source>Due %1 (Beijing time)</source>
            <translation>Due %1 (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/queue_model.py" line="286" />
            <source>A deadline has passed: escalate to a supervisor</source>
            <translation>A deadline has passed: escalate to a supervisor</translation>
        </message>
    </context>
    <context>
        <name>TicketSteps</name>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="100" />
            <location filename="../../app/views/complaints/steps.py" line="215" />
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="118" />
            <source>Note on %1</source>
            <translation>Note on %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="119" />
            <source>What was done? The note goes on the ticket's timeline.</source>
            <translation>What was done? The note goes on the ticket's timeline.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="120" />
            <source>Add note</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="136" />
            <source>Escalate %1</source>
            <translation>Escalate %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="137" />
            <source>Escalate to a supervisor; hand the ticket to one of them if you like.</source>
            <translation>Escalate to a supervisor; hand the ticket to one of them if you like.</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="139" />
            <source>Escalate</source>
            <translation>Escalate</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="152" />
            <source>Transfer %1</source>
            <translation>Transfer %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="153" />
            <source>Who should handle the ticket from now on?</source>
            <translation>Who should handle the ticket from now on?</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="155" />
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="187" />
            <source>Reopen %1</source>
            <translation>Reopen %1</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="188" />
            <source>Why is the ticket reopened?</source>
            <translation>Why is the ticket reopened?</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="189" />
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="227" />
            <source>Save the case file</source>
            <translation>Save the case file</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="244" />
            <source>Save the shift handover</source>
            <translation>Save the shift handover</translation>
        </message>
        <message>
            <location filename="../../app/views/complaints/steps.py" line="245" />
            <source>handover-%1.pdf</source>
            <translation>handover-%1.pdf</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <location filename="../../app/views/timefmt.py" line="57" />
            <source>&lt;1 min</source>
            <translation>&lt;1 min</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="59" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="63" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="69" />
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="78" />
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="80" />
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="87" />
            <location filename="../../app/views/timefmt.py" line="89" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>TrainingCertificate</name>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="40" />
            <source>Training certificate</source>
            <translation>Training certificate</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="41" />
            <source> (retraining)</source>
            <translation> (retraining)</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="42" />
            <source>Certificate No.</source>
            <translation>Certificate No.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="43" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="44" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="45" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="46" />
            <source>Passed on</source>
            <translation>Passed on</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="47" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="48" />
            <source>No expiry</source>
            <translation>No expiry</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="49" />
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="50" />
            <source>Trainer's signature</source>
            <translation>Trainer's signature</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="51" />
            <source>Training provider (seal)</source>
            <translation>Training provider (seal)</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="52" />
            <source>training</source>
            <translation>training</translation>
        </message>
        <message>
            <location filename="../../app/reports/training_certificate.py" line="53" />
            <source>This certifies that {who} completed the {course} training and passed its theory and practical assessment on {day}.</source>
            <translation>This certifies that {who} completed the {course} training and passed its theory and practical assessment on {day}.</translation>
        </message>
    </context>
    <context>
        <name>TrainingGrid</name>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="66" />
            <source>0–5 points</source>
            <translation>0–5 points</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="68" />
            <source>1 pass / 0 fail</source>
            <translation>1 pass / 0 fail</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="71" />
            <source>%1; weight %2</source>
            <translation>%1; weight %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="76" />
            <source>minimum %1: below it fails the practical</source>
            <translation>minimum %1: below it fails the practical</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="87" />
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="89" />
            <source>Fail</source>
            <translation>Fail</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="369" />
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="370" />
            <source>Theory (pass %1)</source>
            <translation>Theory (pass %1)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="373" />
            <source>Practical (pass %1)</source>
            <translation>Practical (pass %1)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="376" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="382" />
            <source>0–100; type the digits</source>
            <translation>0–100; type the digits</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="431" />
            <source>amending</source>
            <translation>amending</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="433" />
            <source>amendment sent</source>
            <translation>amendment sent</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="435" />
            <source>signed</source>
            <translation>signed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="437" />
            <source>signing…</source>
            <translation>signing…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="439" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="452" />
            <location filename="../../app/views/training/grid_model.py" line="470" />
            <source>Not scored yet</source>
            <translation>Not scored yet</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_model.py" line="460" />
            <source>Changed elsewhere: the server has theory %1, practical %2.</source>
            <translation>Changed elsewhere: the server has theory %1, practical %2.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="101" />
            <source>Move to a score cell first (Tab or the arrows).</source>
            <translation>Move to a score cell first (Tab or the arrows).</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="108" />
            <source>This assessment is signed: F2 amends it, with a reason.</source>
            <translation>This assessment is signed: F2 amends it, with a reason.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/grid_view.py" line="115" />
            <source>%1 is off this column's scale.</source>
            <translation>%1 is off this column's scale.</translation>
        </message>
    </context>
    <context>
        <name>TrainingLabels</name>
        <message>
            <location filename="../../app/views/training/labels.py" line="13" />
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="14" />
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="15" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="16" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="20" />
            <source>Seated</source>
            <translation>Seated</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="21" />
            <source>Waiting list</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="22" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="58" />
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="60" />
            <source>Fail</source>
            <translation>Fail</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="68" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/views/training/labels.py" line="70" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <location filename="../../app/views/training/amend.py" line="43" />
            <location filename="../../app/views/training/documents.py" line="38" />
            <source>Select a trainee first.</source>
            <translation>Select a trainee first.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="46" />
            <source>Only a signed assessment is amended; a draft is edited directly.</source>
            <translation>Only a signed assessment is amended; a draft is edited directly.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="50" />
            <source>An amendment of this assessment is on its way.</source>
            <translation>An amendment of this assessment is on its way.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="66" />
            <source>Type the corrections, then F2 again; Esc puts the signed scores back.</source>
            <translation>Type the corrections, then F2 again; Esc puts the signed scores back.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="78" />
            <source>Nothing corrected yet (Esc to stop amending).</source>
            <translation>Nothing corrected yet (Esc to stop amending).</translation>
        </message>
        <message>
            <location filename="../../app/views/training/amend.py" line="87" />
            <source>Amend · %1 · %2</source>
            <translation>Amend · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/documents.py" line="64" />
            <source>Save the sign-in sheet</source>
            <translation>Save the sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../app/views/training/documents.py" line="65" />
            <source>sign-in-%1-%2.pdf</source>
            <translation>sign-in-%1-%2.pdf</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="85" />
            <location filename="../../app/views/training/page.py" line="300" />
            <source>Select a session</source>
            <translation>Select a session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="89" />
            <source>Start session</source>
            <translation>Start session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="90" />
            <source>Complete session</source>
            <translation>Complete session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="113" />
            <source>Everyone is present unless you tick them off (Space toggles).</source>
            <translation>Everyone is present unless you tick them off (Space toggles).</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="115" />
            <source>Save attendance</source>
            <translation>Save attendance</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="117" />
            <source>Sign-in sheet PDF…</source>
            <translation>Sign-in sheet PDF…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="120" />
            <source>Training record… (Ctrl+R)</source>
            <translation>Training record… (Ctrl+R)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="144" />
            <source>Type digits to score; Enter or Tab: next score; Backspace: clear. * marks a criterion whose minimum fails the practical.</source>
            <translation>Type digits to score; Enter or Tab: next score; Backspace: clear. * marks a criterion whose minimum fails the practical.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="149" />
            <source>Save draft (Ctrl+S)</source>
            <translation>Save draft (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="152" />
            <location filename="../../app/views/training/page.py" line="370" />
            <source>Amend… (F2)</source>
            <translation>Amend… (F2)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="159" />
            <source>Sign off session…</source>
            <translation>Sign off session…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="177" />
            <source>Scoring</source>
            <translation>Scoring</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="178" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="187" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="188" />
            <source>Retraining queue</source>
            <translation>Retraining queue</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="189" />
            <source>Recertification</source>
            <translation>Recertification</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="242" />
            <source>%1 of my sessions · %2 in all (30 days back, 60 ahead)</source>
            <translation>%1 of my sessions · %2 in all (30 days back, 60 ahead)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="314" />
            <location filename="../../app/views/training/page.py" line="327" />
            <location filename="../../app/views/training/page.py" line="336" />
            <source>Select a session first.</source>
            <translation>Select a session first.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="318" />
            <source>Unknown session state.</source>
            <translation>Unknown session state.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="320" />
            <source>Not possible for a session that is %1.</source>
            <translation>Not possible for a session that is %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="329" />
            <source>Attendance is taken once the session has started.</source>
            <translation>Attendance is taken once the session has started.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="331" />
            <source>Nobody is seated on this session.</source>
            <translation>Nobody is seated on this session.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="338" />
            <source>Scores are signed once the session has started.</source>
            <translation>Scores are signed once the session has started.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="341" />
            <source>Every assessment of this session is signed.</source>
            <translation>Every assessment of this session is signed.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="344" />
            <source>Enter the theory score of %1 first.</source>
            <translation>Enter the theory score of %1 first.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="348" />
            <source>Settle the scores changed elsewhere first.</source>
            <translation>Settle the scores changed elsewhere first.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="361" />
            <source>Nothing changed since the last save.</source>
            <translation>Nothing changed since the last save.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="370" />
            <source>Save amendment…</source>
            <translation>Save amendment…</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="373" />
            <source>%1 seated · %2 absent</source>
            <translation>%1 seated · %2 absent</translation>
        </message>
        <message>
            <location filename="../../app/views/training/page.py" line="381" />
            <source>%1 pass · %2 fail · %3 not scored · %4 unsaved</source>
            <translation>%1 pass · %2 fail · %3 not scored · %4 unsaved</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="73" />
            <source>Attendance · %1 %2</source>
            <translation>Attendance · %1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="109" />
            <source>Scores · %1 · %2</source>
            <translation>Scores · %1 · %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="123" />
            <source>%1 draft(s) queued; they are sent as soon as the server is reachable.</source>
            <translation>%1 draft(s) queued; they are sent as soon as the server is reachable.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="145" />
            <source>Sign off the session</source>
            <translation>Sign off the session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="146" />
            <source>Sign off %1 assessment(s) of %2 (%3 fail)? Signed results are locked; a correction then needs an amendment with a reason.</source>
            <translation>Sign off %1 assessment(s) of %2 (%3 fail)? Signed results are locked; a correction then needs an amendment with a reason.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="154" />
            <source>Sign off</source>
            <translation>Sign off</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="155" />
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="165" />
            <source>Sign off · %1 %2</source>
            <translation>Sign off · %1 %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/commands.py" line="43" />
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
    </context>
    <context>
        <name>TrainingQueues</name>
        <message>
            <location filename="../../app/views/training/queues.py" line="45" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="46" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="47" />
            <source>Since / valid until</source>
            <translation>Since / valid until</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="48" />
            <source>Booked on</source>
            <translation>Booked on</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="51" />
            <source>due within 60 days</source>
            <translation>due within 60 days</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="52" />
            <source>due within 30 days</source>
            <translation>due within 30 days</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="53" />
            <source>lapsed</source>
            <translation>lapsed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="63" />
            <source> (full: waiting list)</source>
            <translation> (full: waiting list)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="93" />
            <source> · %1 failed</source>
            <translation> · %1 failed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="102" />
            <source>not booked</source>
            <translation>not booked</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="124" />
            <source>Enrol in session</source>
            <translation>Enrol in session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="161" />
            <source>Select a provider.</source>
            <translation>Select a provider.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="163" />
            <source>Already booked on a session.</source>
            <translation>Already booked on a session.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="165" />
            <source>No session of this course is scheduled ahead.</source>
            <translation>No session of this course is scheduled ahead.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="186" />
            <source>Enrol %1 in %2</source>
            <translation>Enrol %1 in %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="192" />
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="206" />
            <source>Providers on a retraining hold: passing the retraining lifts the hold.</source>
            <translation>Providers on a retraining hold: passing the retraining lifts the hold.</translation>
        </message>
        <message>
            <location filename="../../app/views/training/queues.py" line="213" />
            <source>Training certificates ending within 60 days, or lapsed.</source>
            <translation>Training certificates ending within 60 days, or lapsed.</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecord</name>
        <message>
            <location filename="../../app/views/training/record.py" line="51" />
            <source>Due within 60 days</source>
            <translation>Due within 60 days</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="53" />
            <source>Due within 30 days</source>
            <translation>Due within 30 days</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="55" />
            <source>Lapsed: recertify</source>
            <translation>Lapsed: recertify</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="56" />
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../app/views/training/record.py" line="64" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecords</name>
        <message>
            <location filename="../../app/reports/training.py" line="45" />
            <source>Contains personal information. For training records and job-eligibility checks only.</source>
            <translation>Contains personal information. For training records and job-eligibility checks only.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="53" />
            <source>Training sign-in sheet</source>
            <translation>Training sign-in sheet</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="54" />
            <source>Training transcript</source>
            <translation>Training transcript</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="55" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="56" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="57" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="58" />
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="59" />
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="60" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="61" />
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="62" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="63" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="64" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="65" />
            <source>Time in</source>
            <translation>Time in</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="66" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="67" />
            <source>waiting list</source>
            <translation>waiting list</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="68" />
            <source>Trainer's signature</source>
            <translation>Trainer's signature</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="69" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="70" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="71" />
            <source>1. Training certificates</source>
            <translation>1. Training certificates</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="72" />
            <source>2. Sessions and assessments</source>
            <translation>2. Sessions and assessments</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="73" />
            <source>3. Amendments</source>
            <translation>3. Amendments</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="74" />
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="75" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="76" />
            <source>Standing</source>
            <translation>Standing</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="77" />
            <source>no expiry</source>
            <translation>no expiry</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="78" />
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="79" />
            <source>Theory</source>
            <translation>Theory</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="80" />
            <source>Practical</source>
            <translation>Practical</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="81" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="82" />
            <source>pass</source>
            <translation>pass</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="83" />
            <source>fail</source>
            <translation>fail</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="84" />
            <source>draft (not signed)</source>
            <translation>draft (not signed)</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="85" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="86" />
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="87" />
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="88" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="89" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="90" />
            <source>No training certificate yet.</source>
            <translation>No training certificate yet.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="91" />
            <source>No training on record.</source>
            <translation>No training on record.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="92" />
            <source>This certifies that the person above attended the training listed with the results shown; it serves as proof of pre-job training for the home-service worker card.</source>
            <translation>This certifies that the person above attended the training listed with the results shown; it serves as proof of pre-job training for the home-service worker card.</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="98" />
            <source>Training provider (seal)</source>
            <translation>Training provider (seal)</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="100" />
            <source>{n}</source>
            <translation>{n}</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="101" />
            <source>Present: ______</source>
            <translation>Present: ______</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="102" />
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="103" />
            <source>Signed assessments</source>
            <translation>Signed assessments</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="104" />
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="105" />
            <source>retraining</source>
            <translation>retraining</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="108" />
            <source>due within 60 days</source>
            <translation>due within 60 days</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="109" />
            <source>due within 30 days</source>
            <translation>due within 30 days</translation>
        </message>
        <message>
            <location filename="../../app/reports/training.py" line="110" />
            <source>lapsed: recertify</source>
            <translation>lapsed: recertify</translation>
        </message>
    </context>
    <context>
        <name>TrainingRoster</name>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="22" />
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="23" />
            <source>Enrolment</source>
            <translation>Enrolment</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="24" />
            <location filename="../../app/views/training/roster_model.py" line="133" />
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="127" />
            <source>Waiting #%1</source>
            <translation>Waiting #%1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/roster_model.py" line="135" />
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
    </context>
    <context>
        <name>TrainingSessions</name>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="18" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="19" />
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="20" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="21" />
            <source>Seated / capacity</source>
            <translation>Seated / capacity</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="22" />
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="23" />
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="63" />
            <source>Another trainer's session</source>
            <translation>Another trainer's session</translation>
        </message>
        <message>
            <location filename="../../app/views/training/sessions_model.py" line="73" />
            <source>%1 (retraining)</source>
            <translation>%1 (retraining)</translation>
        </message>
    </context>
    <context>
        <name>TrainingStatus</name>
        <message>
            <location filename="../../app/views/training/status.py" line="30" />
            <source>no session scheduled</source>
            <translation>no session scheduled</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="32" />
            <source>next session %1, %2</source>
            <translation>next session %1, %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="40" />
            <source>%1: not passed; %2</source>
            <translation>%1: not passed; %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="46" />
            <source>%1: lapsed on %2; %3</source>
            <translation>%1: lapsed on %2; %3</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="51" />
            <source>%1: passed</source>
            <translation>%1: passed</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="53" />
            <source>%1: passed, recertification due by %2</source>
            <translation>%1: passed, recertification due by %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="56" />
            <source>%1: passed, valid until %2</source>
            <translation>%1: passed, valid until %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="64" />
            <source>Retraining hold: passed, dispatchable again</source>
            <translation>Retraining hold: passed, dispatchable again</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="68" />
            <source>Retraining hold: enrolled in the session of %1, %2</source>
            <translation>Retraining hold: enrolled in the session of %1, %2</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="74" />
            <source>Retraining hold: not enrolled yet; %1</source>
            <translation>Retraining hold: not enrolled yet; %1</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="78" />
            <source> (%1 failed attempts)</source>
            <translation> (%1 failed attempts)</translation>
        </message>
        <message>
            <location filename="../../app/views/training/status.py" line="130" />
            <source>No training needed for this service</source>
            <translation>No training needed for this service</translation>
        </message>
    </context>
    <context>
        <name>TrendsPanel</name>
        <message>
            <location filename="../../app/views/insight/trends.py" line="38" />
            <source>Trends</source>
            <translation>Trends</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="43" />
            <source>Last %1 days</source>
            <translation>Last %1 days</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="46" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="73" />
            <source>Loading the last %1 days…</source>
            <translation>Loading the last %1 days…</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="88" />
            <source>%1 to %2 (Beijing time): %3 orders created, %4 completed, %5 cancelled.</source>
            <translation>%1 to %2 (Beijing time): %3 orders created, %4 completed, %5 cancelled.</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="98" />
            <source>Trends could not be loaded: %1</source>
            <translation>Trends could not be loaded: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="110" />
            <source>Dispatched in time</source>
            <translation>Dispatched in time</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="111" />
            <source>On-time arrival</source>
            <translation>On-time arrival</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="112" />
            <source>First-response SLA</source>
            <translation>First-response SLA</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="113" />
            <source>Resolution SLA</source>
            <translation>Resolution SLA</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="116" />
            <source>Orders created</source>
            <translation>Orders created</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="117" />
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="118" />
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="120" />
            <source>Rates (per day)</source>
            <translation>Rates (per day)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="122" />
            <source>Rates (per week)</source>
            <translation>Rates (per week)</translation>
        </message>
        <message>
            <location filename="../../app/views/insight/trends.py" line="123" />
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <location filename="../../app/reports/daily.py" line="118" />
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../../app/reports/daily.py" line="119" />
            <source>Last week</source>
            <translation>Last week</translation>
        </message>
    </context>
</TS>
