<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="42" />
            <source>Assign order %1</source>
            <translation>Assign order %1</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="45" />
            <source>Choose who will serve order %1 (%2 providers).</source>
            <translation>Choose who will serve order %1 (%2 providers).</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="51" />
            <source>Filter by name or code</source>
            <translation>Filter by name or code</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="64" />
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="73" />
            <source>No active provider offers this service.</source>
            <translation>No active provider offers this service.</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="111" />
            <source>serves this district</source>
            <translation>serves this district</translation>
        </message>
    </context>
    <context>
        <name>BoardPage</name>
        <message>
            <location filename="../../app/views/board_page.py" line="103" />
            <source>Synchronising orders…</source>
            <translation>Synchronising orders…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="195" />
            <source>Unassign order</source>
            <translation>Unassign order</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="196" />
            <source>Take order %1 away from %2 and put it back to pending?</source>
            <translation>Take order %1 away from %2 and put it back to pending?</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="201" />
            <source>Unassign %1</source>
            <translation>Unassign %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="213" />
            <source>Cancel %1</source>
            <translation>Cancel %1</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="219" />
            <source>Reloading the board from the local cache…</source>
            <translation>Reloading the board from the local cache…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="278" />
            <source>Assign %1 to %2</source>
            <translation>Assign %1 to %2</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="285" />
            <source>Synchronising orders… %1 received</source>
            <translation>Synchronising orders… %1 received</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="330" />
            <source>Assign…</source>
            <translation>Assign…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="331" />
            <source>Unassign</source>
            <translation>Unassign</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="334" />
            <source>Cancel order…</source>
            <translation>Cancel order…</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="338" />
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="339" />
            <source>Reload board</source>
            <translation>Reload board</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="342" />
            <source>Assign a provider to the selected order</source>
            <translation>Assign a provider to the selected order</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="343" />
            <source>Take the provider off the selected order</source>
            <translation>Take the provider off the selected order</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="344" />
            <source>Cancel the selected order (a reason is required)</source>
            <translation>Cancel the selected order (a reason is required)</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="345" />
            <source>Search the board</source>
            <translation>Search the board</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="346" />
            <source>Reload the board from the local cache</source>
            <translation>Reload the board from the local cache</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="376" />
            <source>Showing %1 of %2 orders</source>
            <translation>Showing %1 of %2 orders</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="396" />
            <source>Select an order first.</source>
            <translation>Select an order first.</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="398" />
            <source>Your role cannot change orders.</source>
            <translation>Your role cannot change orders.</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="402" />
            <source>Unknown order state.</source>
            <translation>Unknown order state.</translation>
        </message>
        <message>
            <location filename="../../app/views/board_page.py" line="441" />
            <source>Queued: %1</source>
            <translation>Queued: %1</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="141" />
            <source>Cancel order %1</source>
            <translation>Cancel order %1</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="144" />
            <source>Why is order %1 cancelled? The reason is recorded and audited.</source>
            <translation>Why is order %1 cancelled? The reason is recorded and audited.</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="150" />
            <source>Choose a reason…</source>
            <translation>Choose a reason…</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="152" />
            <source>Customer asked to cancel</source>
            <translation>Customer asked to cancel</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="153" />
            <source>No provider available in time</source>
            <translation>No provider available in time</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="154" />
            <source>Duplicate order</source>
            <translation>Duplicate order</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="155" />
            <source>Customer unreachable</source>
            <translation>Customer unreachable</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="156" />
            <source>Address outside the service area</source>
            <translation>Address outside the service area</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="160" />
            <source>Details (required when no reason is chosen)</source>
            <translation>Details (required when no reason is chosen)</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="165" />
            <source>Cancel order</source>
            <translation>Cancel order</translation>
        </message>
        <message>
            <location filename="../../app/views/order_dialogs.py" line="166" />
            <source>Keep order</source>
            <translation>Keep order</translation>
        </message>
    </context>
    <context>
        <name>ErrorText</name>
        <message>
            <location filename="../../app/views/error_text.py" line="26" />
            <source>%1 seconds</source>
            <translation>%1 seconds</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="29" />
            <source>%1 minutes</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="55" />
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="58" />
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>Wrong user name or password. Check both and try again.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="64" />
            <source>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</source>
            <translation>This account is locked after too many failed attempts. Try again in %1, or ask an administrator to unlock it.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="70" />
            <source>Too many login attempts. Try again in %1.</source>
            <translation>Too many login attempts. Try again in %1.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="74" />
            <source>a few minutes</source>
            <translation>a few minutes</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="77" />
            <source>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</source>
            <translation>The server's security certificate is not trusted, so the connection was stopped. Ask your administrator to install the company's CA certificate.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="83" />
            <source>Cannot reach the server at %1. Check the server address and your network connection.</source>
            <translation>Cannot reach the server at %1. Check the server address and your network connection.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="86" />
            <source>that address</source>
            <translation>that address</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="90" />
            <source>The server is older than this app and cannot serve it. Ask your administrator to update the server.</source>
            <translation>The server is older than this app and cannot serve it. Ask your administrator to update the server.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="96" />
            <source>The server is newer than this app. Please install the latest version of Shangmen Desk.</source>
            <translation>The server is newer than this app. Please install the latest version of Shangmen Desk.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="101" />
            <source>The server and this app do not speak the same version.</source>
            <translation>The server and this app do not speak the same version.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="105" />
            <source>Your account may not do this.</source>
            <translation>Your account may not do this.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="107" />
            <source>The server ran into a problem. Try again in a moment.</source>
            <translation>The server ran into a problem. Try again in a moment.</translation>
        </message>
        <message>
            <location filename="../../app/views/error_text.py" line="112" />
            <source>Unexpected error: %1</source>
            <translation>Unexpected error: %1</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../app/views/board_filters.py" line="100" />
            <source>All districts</source>
            <translation>All districts</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="104" />
            <source>All services</source>
            <translation>All services</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="109" />
            <source>Any time</source>
            <translation>Any time</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="110" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="111" />
            <source>Next 2 hours</source>
            <translation>Next 2 hours</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="112" />
            <source>Dispatch overdue</source>
            <translation>Dispatch overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="119" />
            <source>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</source>
            <translation>Search order, customer, address, provider — pinyin initials work (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../app/views/login_dialog.py" line="103" />
            <source>Shangmen Desk — Log in</source>
            <translation>Shangmen Desk — Log in</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="107" />
            <source>Shangmen Desk</source>
            <translation>Shangmen Desk</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="109" />
            <source>On-site services operations console</source>
            <translation>On-site services operations console</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="115" />
            <source>Choose a demo account…</source>
            <translation>Choose a demo account…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="120" />
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="123" />
            <location filename="../../app/views/login_dialog.py" line="148" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="124" />
            <source>Remember me on this computer</source>
            <translation>Remember me on this computer</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="140" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="143" />
            <source>The built-in demo server on this computer</source>
            <translation>The built-in demo server on this computer</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="144" />
            <source>Demo account</source>
            <translation>Demo account</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="147" />
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="155" />
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="225" />
            <source>Resuming your session…</source>
            <translation>Resuming your session…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="233" />
            <source>Enter the server, your user name and your password.</source>
            <translation>Enter the server, your user name and your password.</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="256" />
            <source>Connecting to the server…</source>
            <translation>Connecting to the server…</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="306" />
            <source>Your login cannot be remembered on this computer: %1</source>
            <translation>Your login cannot be remembered on this computer: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/login_dialog.py" line="307" />
            <source>no system keyring is available.</source>
            <translation>no system keyring is available.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../app/views/main_window.py" line="62" />
            <source>Shangmen Desk — %1</source>
            <translation>Shangmen Desk — %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="165" />
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="167" />
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="174" />
            <source>Last sync %1</source>
            <translation>Last sync %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="176" />
            <location filename="../../app/views/main_window.py" line="309" />
            <source>Not synced yet</source>
            <translation>Not synced yet</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="180" />
            <source>Feed lag %1</source>
            <translation>Feed lag %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="182" />
            <location filename="../../app/views/main_window.py" line="310" />
            <source>Feed lag —</source>
            <translation>Feed lag —</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="185" />
            <location filename="../../app/views/main_window.py" line="311" />
            <source>Waiting to send: %1</source>
            <translation>Waiting to send: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="187" />
            <source>Commands kept on this computer until the server confirms them</source>
            <translation>Commands kept on this computer until the server confirms them</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="203" />
            <source>Logging out…</source>
            <translation>Logging out…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="225" />
            <source>Session ended</source>
            <translation>Session ended</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="227" />
            <source>Your session has ended (expired or signed out elsewhere). Please log in again.</source>
            <translation>Your session has ended (expired or signed out elsewhere). Please log in again.</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="273" />
            <source>Shangmen</source>
            <translation>Shangmen</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="295" />
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="296" />
            <source>Log out and forget this computer's saved login</source>
            <translation>Log out and forget this computer's saved login</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="163" />
            <location filename="../../app/views/main_window.py" line="307" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="314" />
            <source>Show the commands the server refused</source>
            <translation>Show the commands the server refused</translation>
        </message>
        <message>
            <location filename="../../app/views/main_window.py" line="327" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
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
            <location filename="../../app/views/board_model.py" line="53" />
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="54" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="55" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="56" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="57" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="58" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="59" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="60" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../app/views/board_model.py" line="61" />
            <source>Dispatch by</source>
            <translation>Dispatch by</translation>
        </message>
        <message>
            <location filename="../../app/views/board_cells.py" line="75" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <location filename="../../app/views/board_cells.py" line="110" />
            <source>%1 (Beijing time)</source>
            <translation>%1 (Beijing time)</translation>
        </message>
    </context>
    <context>
        <name>OrderDetailPanel</name>
        <message>
            <location filename="../../app/views/order_detail.py" line="54" />
            <source>Service</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="55" />
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="56" />
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="57" />
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="58" />
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="59" />
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="60" />
            <source>Dispatch by</source>
            <translation>Dispatch by</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="61" />
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="82" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="88" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="97" />
            <source>Select an order to see its details.</source>
            <translation>Select an order to see its details.</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="135" />
            <source>Premium order</source>
            <translation>Premium order</translation>
        </message>
        <message>
            <location filename="../../app/views/order_detail.py" line="143" />
            <source>Unassigned</source>
            <translation>Unassigned</translation>
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
        <name>Pages</name>
        <message>
            <location filename="../../app/views/pages.py" line="73" />
            <source>Dispatch board</source>
            <translation>Dispatch board</translation>
        </message>
        <message>
            <location filename="../../app/views/pages.py" line="75" />
            <source>Board</source>
            <translation>Board</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <location filename="../../app/views/problems_panel.py" line="49" />
            <source>Commands the server refused — choose what to do with each</source>
            <translation>Commands the server refused — choose what to do with each</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Command</source>
            <translation>Command</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="55" />
            <source>Server now</source>
            <translation>Server now</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="62" />
            <source>Retry on the current version</source>
            <translation>Retry on the current version</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="64" />
            <source>Send the command again against what the server has now</source>
            <translation>Send the command again against what the server has now</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="66" />
            <source>Discard</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="67" />
            <source>Drop the command; the server's state stays</source>
            <translation>Drop the command; the server's state stays</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="93" />
            <source>Someone changed it first</source>
            <translation>Someone changed it first</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="99" />
            <source>Refused: %1</source>
            <translation>Refused: %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="164" />
            <source>version %1</source>
            <translation>version %1</translation>
        </message>
        <message>
            <location filename="../../app/views/problems_panel.py" line="172" />
            <source>changed %1</source>
            <translation>changed %1</translation>
        </message>
    </context>
    <context>
        <name>ProviderLevel</name>
        <message>
            <location filename="../../app/views/labels.py" line="95" />
            <source>Junior</source>
            <translation>Junior</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="96" />
            <source>Standard</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="97" />
            <source>Senior</source>
            <translation>Senior</translation>
        </message>
        <message>
            <location filename="../../app/views/labels.py" line="98" />
            <source>Gold</source>
            <translation>Gold</translation>
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
        <name>StateChips</name>
        <message>
            <location filename="../../app/views/board_filters.py" line="55" />
            <source>Show only this state (%1)</source>
            <translation>Show only this state (%1)</translation>
        </message>
        <message>
            <location filename="../../app/views/board_filters.py" line="74" />
            <source>All %1</source>
            <translation>All %1</translation>
        </message>
    </context>
    <context>
        <name>SyncWorker</name>
        <message>
            <location filename="../../app/views/sync_worker.py" line="347" />
            <source>Sync problem: %1</source>
            <translation>Sync problem: %1</translation>
        </message>
    </context>
    <context>
        <name>Time</name>
        <message>
            <location filename="../../app/views/timefmt.py" line="46" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="50" />
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="56" />
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="65" />
            <source>%1 left</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="67" />
            <source>%1 overdue</source>
            <translation>%1 overdue</translation>
        </message>
        <message>
            <location filename="../../app/views/timefmt.py" line="74" />
            <location filename="../../app/views/timefmt.py" line="76" />
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
</TS>
