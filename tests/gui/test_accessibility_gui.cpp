// Every focusable widget of the console has an accessible name, as a screen reader announces it:
// the main window as each persona, and every dialog its menus open. A widget a person can tab to
// but a screen reader cannot name fails the test, listed by class and object name.
#include "AccessibilityCheck.h"
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "MainWindow.h"
#include "accounts/AddExternalAdminDialog.h"
#include "admins/AddAdminDialog.h"
#include "admins/ConfirmIdentityDialog.h"
#include "admins/EditAdminDialog.h"
#include "admins/RevealCredentialDialog.h"
#include "admins/TemporaryPasswordDialog.h"
#include "directory/ImportUsersWizard.h"
#include "requests/AccountContactsDialog.h"
#include "requests/NewChangeRequestDialog.h"
#include "signin/EnrollmentDialog.h"
#include "signin/FirstRunDialog.h"
#include "signin/SignInDialog.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <memory>
#include <vector>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

/// Triggers `action` and returns what unnamed widgets the dialog it opens has (then closes it).
QStringList unnamedInDialogOf(QAction* action)
{
    QStringList unnamed;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            unnamed = unnamedFocusable(dialog);
            dialog->reject();
        }
    });
    poll.start();
    QTimer::singleShot(5000, &poll, &QTimer::stop);
    action->trigger();
    for (int waited = 0; !seen && poll.isActive() && waited < 6000; waited += 20) {
        QTest::qWait(20);
    }
    if (!seen) {
        unnamed.append(QStringLiteral("(%1 opened no dialog)").arg(action->objectName()));
    }
    return unnamed;
}

} // namespace

class TestAccessibilityGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMainWindowNamesEveryWidget_data()
    {
        QTest::addColumn<int>("persona");
        QTest::newRow("super administrator") << int(P::Super);
        QTest::newRow("help desk") << int(P::HelpDesk);
    }

    void theMainWindowNamesEveryWidget()
    {
        QFETCH(int, persona);
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P(persona)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        window.actions()->toggleAuditLog->setChecked(true); // the audit dock too
        QStringList unnamed = unnamedFocusable(&window);
        // A member's pane, too.
        const QModelIndex role = window.treeView()->currentIndex();
        window.treeView()->expand(role);
        QTRY_VERIFY(window.treeView()->model()->rowCount(role) > 0);
        window.treeView()->setCurrentIndex(window.treeView()->model()->index(0, 0, role));
        unnamed += unnamedFocusable(&window);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyDialogNamesEveryWidget()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Help Desk Administrator")).id));
        ConsoleActions* actions = window.actions();
        QStringList unnamed;
        for (QAction* action : {actions->addUserToRole, actions->newRole, actions->copyRole,
                                actions->manageExternalAdmins, actions->applyExternalAdmin, actions->ipRestrictions,
                                actions->adminManagement, actions->changeRequests, actions->preferences}) {
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
            unnamed += unnamedInDialogOf(action);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void theOtherDialogsNameEveryWidget()
    {
        CoreFixture f;
        const Actor super = f.actor(P::Super);
        auto admins = f.core().admins().administrators(super, f.accountId());
        QVERIFY(admins && !admins.value().isEmpty());
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<AccountContactsDialog>(f.core(), super, f.accountId()));
        dialogs.push_back(std::make_unique<NewChangeRequestDialog>(f.core(), super, f.accountId()));
        dialogs.push_back(std::make_unique<AddExternalAdminDialog>(f.core(), super, f.accountId()));
        dialogs.push_back(std::make_unique<AddAdminDialog>(f.core(), super, f.accountId()));
        dialogs.push_back(std::make_unique<EditAdminDialog>(f.core(), super, f.accountId(), admins.value().first()));
        dialogs.push_back(std::make_unique<SignInDialog>(f.core().auth()));
        PendingEnrollment enrollment;
        enrollment.userId = f.userId(P::Full);
        enrollment.email = CoreFixture::email(P::Full);
        enrollment.needsNewPassword = true;
        enrollment.totpSecret = SecretBytes(QByteArray(20, 'k'));
        enrollment.otpauthUri =
            QStringLiteral("otpauth://totp/Warden:full%40acme.test?secret=NNVWW23LNNVWW23LNNVWW23LNNVWW23L");
        dialogs.push_back(std::make_unique<EnrollmentDialog>(f.core().auth(), std::move(enrollment)));
        dialogs.push_back(
            std::make_unique<ConfirmIdentityDialog>(QStringLiteral("Approve the request."), QStringLiteral("&Approve"),
                                                    [](const QString&, const QString&) { return Status(); }));
        IssuedCredentials issued;
        issued.email = CoreFixture::plainUser(3);
        issued.temporaryPassword = QStringLiteral("Temporary-Password-1");
        dialogs.push_back(std::make_unique<TemporaryPasswordDialog>(issued));
        dialogs.push_back(std::make_unique<RevealCredentialDialog>(CoreFixture::email(P::Full),
                                                                   QStringLiteral("break-glass-credential")));
        dialogs.push_back(std::make_unique<FirstRunDialog>(f.core().auth()));
        QStringList unnamed;
        for (const auto& dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            unnamed += unnamedFocusable(dialog.get());
            dialog->close();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void everyImportWizardPageNamesEveryWidget()
    {
        CoreFixture f;
        ImportUsersWizard wizard(f.core(), f.actor(P::Super));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QStringList unnamed;
        const QList<int> pages = wizard.pageIds();
        QVERIFY(pages.size() >= 3);
        for (const int page : pages) {
            wizard.setStartId(page);
            wizard.restart();
            QCOMPARE(wizard.currentId(), page);
            unnamed += unnamedFocusable(&wizard);
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void messageBoxesNameTheirButtons()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Remove from Role"), QStringLiteral("Remove them?"),
                        QMessageBox::Yes | QMessageBox::No);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QStringList unnamed = unnamedFocusable(&box);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibilityGui)
#include "test_accessibility_gui.moc"
