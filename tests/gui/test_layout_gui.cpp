// Layout at 1024×700 in English, German and French: every window fits, no button is cut, no
// table scrolls sideways; and dialogs and the main window's docks reopen as they were left.
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "PartnerSetup.h"
#include "WindowMemory.h"
#include "accounts/AddExternalAdminDialog.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "accounts/ExternalAdminsDialog.h"
#include "admins/AddAdminDialog.h"
#include "admins/AdminManagementDialog.h"
#include "directory/ImportUsersWizard.h"
#include "requests/AccountContactsDialog.h"
#include "requests/ChangeRequestsDialog.h"
#include "requests/NewChangeRequestDialog.h"
#include "roles/AddUsersToRoleDialog.h"
#include "roles/RoleEditorDialog.h"
#include "sync/DirectorySyncDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLibraryInfo>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>
#include <QTreeView>
#include <memory>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QSize kScreen(1024, 700);
/// Room the window manager takes for a title bar and frame.
const QSize kFrame(16, 40);

/// What does not fit in `window` at the small screen: its smallest size, cut buttons, tables
/// that scroll sideways.
QStringList whatDoesNotFit(QWidget* window)
{
    QStringList problems;
    const QSize room = kScreen - kFrame;
    const QSize smallest = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (smallest.width() > room.width() || smallest.height() > room.height()) {
        problems.append(QStringLiteral("%1 needs at least %2×%3")
                            .arg(window->objectName())
                            .arg(smallest.width())
                            .arg(smallest.height()));
    }
    window->resize(window->size().boundedTo(room));
    QApplication::processEvents();
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (button->isVisible() && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width()) {
            problems.append(QStringLiteral("%1: button \"%2\" is cut (%3 < %4)")
                                .arg(window->objectName(), button->text())
                                .arg(button->width())
                                .arg(button->minimumSizeHint().width()));
        }
    }
    for (QAbstractItemView* view : window->findChildren<QAbstractItemView*>()) {
        if (view->isVisible() && view->horizontalScrollBar()->maximum() > 0
            && view->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
            problems.append(QStringLiteral("%1: %2 scrolls sideways by %3 px")
                                .arg(window->objectName(), view->objectName())
                                .arg(view->horizontalScrollBar()->maximum()));
        }
    }
    return problems;
}

} // namespace

class TestLayoutGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("warden-test-layout"));
        QSettings().clear();
    }

    void cleanup()
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QSettings().clear();
    }

    void everyWindowFitsTheSmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("addUser");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Add User to Role…");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Benutzer zur Rolle &hinzufügen…");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Ajouter un utilisateur au rôle…");
    }

    void everyWindowFitsTheSmallScreen()
    {
        QFETCH(QString, language);
        QFETCH(QString, addUser);
        // As the console does at start (its .qm files are resources of the warden executable;
        // the test reads the same files from the build).
        auto* qt = new QTranslator(qApp);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        }
        auto* warden = new QTranslator(qApp);
        QVERIFY(warden->load(
            QDir(qEnvironmentVariable("WARDEN_QM_DIR")).filePath(QStringLiteral("warden_%1.qm").arg(language))));
        QCoreApplication::installTranslator(warden);
        QCOMPARE(QCoreApplication::translate("warden::ConsoleActions", "&Add User to Role…"), addUser);
        CoreFixture f;
        PartnerSetup partner(f);
        const Actor super = f.actor(P::Super);
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        QVERIFY(f.core().roles().addMembers(f.actor(P::Basic), helpDesk.id,
                                            {CoreFixture::plainUser(1), CoreFixture::plainUser(2)}));
        // Values as wide as the demo's: administrators with passwords, a long name, many roles.
        f.enroll(P::Super, QStringLiteral("super-password-1"));
        f.enroll(P::Full, QStringLiteral("full-password-1"));
        User backup;
        backup.email = QStringLiteral("backup.super.administrator@acme.test");
        backup.displayName = QStringLiteral("Backup Super Administrator (system)");
        QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), backup));
        for (const QString& role : {QStringLiteral("Help Desk Administrator"), QStringLiteral("Gateway Administrator"),
                                    QStringLiteral("Basic Administrator")}) {
            QVERIFY(f.core().roles().addMembers(Actor::system(), f.role(role).id, {backup.email}));
        }

        std::vector<std::unique_ptr<QWidget>> windows;
        windows.emplace_back(std::make_unique<MainWindow>(f.core(), super));
        windows.emplace_back(std::make_unique<AddUsersToRoleDialog>(f.core(), f.actor(P::Basic), helpDesk));
        windows.emplace_back(
            std::make_unique<AdminManagementDialog>(f.core(), super, acme, [](const ChangeRequestDraft&) {}));
        windows.emplace_back(std::make_unique<AddAdminDialog>(f.core(), super, acme.id));
        windows.emplace_back(std::make_unique<ExternalAdminsDialog>(f.core(), super, acme));
        windows.emplace_back(std::make_unique<AddExternalAdminDialog>(f.core(), super, acme.id));
        windows.emplace_back(std::make_unique<ApplyExternalAdminDialog>(f.core(), partner.alice()));
        windows.emplace_back(std::make_unique<ChangeRequestsDialog>(f.core(), super, acme));
        windows.emplace_back(std::make_unique<NewChangeRequestDialog>(f.core(), super, acme.id));
        windows.emplace_back(std::make_unique<AccountContactsDialog>(f.core(), super, acme.id));
        windows.emplace_back(std::make_unique<RoleEditorDialog>(f.core(), super, helpDesk));
        windows.emplace_back(std::make_unique<ImportUsersWizard>(f.core(), super));
        windows.emplace_back(std::make_unique<DirectorySyncDialog>(f.core(), super, acme));
        QStringList problems;
        for (const auto& window : windows) {
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
            if (auto* main = qobject_cast<MainWindow*>(window.get())) {
                main->actions()->toggleAuditLog->trigger(); // the dock too
                main->selectRole(helpDesk.id);
            }
            problems += whatDoesNotFit(window.get());
            window->hide();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void dialogsAndDocksReopenAsTheyWereLeft()
    {
        WindowMemory::install();
        CoreFixture f;
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        {
            AddUsersToRoleDialog dialog(f.core(), f.actor(P::Basic), helpDesk);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.resize(800, 610);
            dialog.hide();
        }
        {
            AddUsersToRoleDialog dialog(f.core(), f.actor(P::Basic), helpDesk);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.size(), QSize(800, 610));
        }
        {
            MainWindow window(f.core(), f.actor(P::Basic));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.findChild<QDockWidget*>(QStringLiteral("auditLogDockWidget"))->isVisible());
            window.actions()->toggleAuditLog->trigger();
            window.resize(1000, 680);
            window.close();
        }
        MainWindow again(f.core(), f.actor(P::Basic));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTRY_VERIFY(again.findChild<QDockWidget*>(QStringLiteral("auditLogDockWidget"))->isVisible());
        QVERIFY(again.actions()->toggleAuditLog->isChecked());
        QCOMPARE(again.size(), QSize(1000, 680));
    }
};

QTEST_MAIN(TestLayoutGui)
#include "test_layout_gui.moc"
