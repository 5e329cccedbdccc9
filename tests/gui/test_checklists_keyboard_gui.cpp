// Every checkable list of the console, driven with the keyboard only: Space ticks, the arrow keys
// move the highlight, and Return submits exactly the ticked set (or does nothing) — it never
// ticks or unticks anything itself. Keys go to whatever has the focus, as they would for a person.
#include "CoreFixture.h"
#include "DirectorySearchModel.h"
#include "GuiTestHelpers.h"
#include "PartnerSetup.h"
#include "PermissionMatrixModel.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "admins/EditAdminDialog.h"
#include "directory/ImportUsersWizard.h"
#include "requests/AccountContactsDialog.h"
#include "roles/AddUsersToRoleDialog.h"
#include "roles/RoleEditorDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

QStringList memberEmails(CoreFixture& f, const QString& roleName)
{
    QStringList emails;
    for (const User& user : f.core().roles().members(Actor::system(), f.role(roleName).id).value().members) {
        emails.append(user.email);
    }
    return emails;
}

AdministratorSummary summaryOf(CoreFixture& f, const QString& email)
{
    for (const AdministratorSummary& admin : f.core().admins().administrators(Actor::system(), f.accountId()).value()) {
        if (admin.email == email) {
            return admin;
        }
    }
    qFatal("no administrator %s", qPrintable(email));
}

} // namespace

class TestChecklistsKeyboardGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addUserToRoleReturnAddsExactlyTheTickedPeople()
    {
        CoreFixture f;
        const QStringList before = memberEmails(f, QStringLiteral("Help Desk Administrator"));
        AddUsersToRoleDialog dialog(f.core(), f.actor(P::Basic), f.role(QStringLiteral("Help Desk Administrator")));
        QVERIFY(showActive(&dialog));
        auto* search = child<QLineEdit>(&dialog, "searchLineEdit");
        auto* results = child<QTableView>(&dialog, "resultsTableView");
        QCOMPARE(QApplication::focusWidget(), search);
        type(QStringLiteral("user0"));
        // Return while the search is still pending runs it, and submits nothing.
        press(Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.searchModel()->rowCount(), 10);
        // Return with nothing ticked does nothing.
        press(Qt::Key_Return);
        QVERIFY(dialog.isVisible());

        press(Qt::Key_Down); // into the results, on the first row
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->currentIndex().row(), 0);
        const QString ticked = dialog.searchModel()->index(0, DirectorySearchModel::EmailColumn).data().toString();
        press(Qt::Key_Space);
        QCOMPARE(dialog.searchModel()->checkedEmails(), QStringList {ticked});
        press(Qt::Key_Down); // the highlight moves to someone who is not ticked
        QCOMPARE(results->currentIndex().row(), 1);
        press(Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QStringList expected = before + QStringList {ticked};
        expected.sort();
        QStringList after = memberEmails(f, QStringLiteral("Help Desk Administrator"));
        after.sort();
        QCOMPARE(after, expected);
    }

    void addUserToRoleReturnOnATickedRowKeepsIt()
    {
        CoreFixture f;
        AddUsersToRoleDialog dialog(f.core(), f.actor(P::Basic), f.role(QStringLiteral("Gateway Administrator")));
        QVERIFY(showActive(&dialog));
        type(QStringLiteral("user1"));
        press(Qt::Key_Down);
        press(Qt::Key_Down); // second row
        const QString ticked = dialog.searchModel()->index(1, DirectorySearchModel::EmailColumn).data().toString();
        press(Qt::Key_Space);
        press(Qt::Key_Return); // on the ticked row itself
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(memberEmails(f, QStringLiteral("Gateway Administrator")).contains(ticked));
    }

    void editAdminReturnSavesExactlyTheTickedRoles()
    {
        CoreFixture f;
        const QString basic = CoreFixture::email(P::Basic);
        EditAdminDialog dialog(f.core(), f.actor(P::Super), f.accountId(), summaryOf(f, basic));
        QVERIFY(showActive(&dialog));
        auto* roles = child<QListWidget>(&dialog, "rolesListWidget");
        QVERIFY(tabTo(roles));
        press(Qt::Key_Home);
        int gateway = -1;
        for (int row = 0; row < roles->count(); ++row) {
            if (roles->item(row)->text() == QLatin1String("Gateway Administrator")) {
                gateway = row;
            }
        }
        QVERIFY(gateway >= 0 && gateway + 1 < roles->count());
        for (int row = 0; row < gateway; ++row) {
            press(Qt::Key_Down);
        }
        QCOMPARE(roles->currentRow(), gateway);
        press(Qt::Key_Space);
        QCOMPARE(roles->item(gateway)->checkState(), Qt::Checked);
        press(Qt::Key_Down);
        const QString highlighted = roles->currentItem()->text();
        const Qt::CheckState highlightedState = roles->currentItem()->checkState();
        press(Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList held = summaryOf(f, basic).roles;
        QCOMPARE(held, (QStringList {QStringLiteral("Basic Administrator"), QStringLiteral("Gateway Administrator")}));
        QCOMPARE(held.contains(highlighted), highlightedState == Qt::Checked);
    }

    void applyExternalAdminReturnAppliesToExactlyTheTickedAccounts()
    {
        CoreFixture f;
        PartnerSetup p(f);
        ApplyExternalAdminDialog dialog(f.core(), p.alice());
        QVERIFY(showActive(&dialog));
        auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
        auto* role = child<QComboBox>(&dialog, "roleComboBox");
        auto* accounts = child<QListWidget>(&dialog, "accountsListWidget");
        QVERIFY(tabTo(email));
        type(QStringLiteral("carol@nwmsp.test"));
        QVERIFY(tabTo(role));
        for (int presses = 0; presses < 10 && role->currentText() != QLatin1String("Basic Administrator"); ++presses) {
            press(Qt::Key_Down);
        }
        QCOMPARE(role->currentText(), QStringLiteral("Basic Administrator"));
        QVERIFY(tabTo(accounts));
        press(Qt::Key_Home);
        press(Qt::Key_Return); // nothing ticked: nothing happens
        QCOMPARE(child<QTreeWidget>(&dialog, "resultsTreeWidget")->topLevelItemCount(), 0);
        QCOMPARE(accounts->item(0)->checkState(), Qt::Unchecked);
        press(Qt::Key_Space);
        const QString code = accounts->item(0)->text();
        press(Qt::Key_Down);
        QCOMPARE(accounts->currentRow(), 1);
        press(Qt::Key_Return);
        auto* results = child<QTreeWidget>(&dialog, "resultsTreeWidget");
        QCOMPARE(results->topLevelItemCount(), 1);
        QVERIFY(code.contains(results->topLevelItem(0)->text(0)));
        QCOMPARE(accounts->item(1)->checkState(), Qt::Unchecked);
        QCOMPARE(f.core().partners().externalAdmins(Actor::system(), f.accountId()).value().size(), 2);
        QCOMPARE(f.core().partners().externalAdmins(Actor::system(), p.betaId()).value().size(), 1);
    }

    void roleEditorReturnSavesExactlyTheTickedCells()
    {
        CoreFixture f;
        Role role;
        role.accountId = f.accountId();
        RoleEditorDialog dialog(f.core(), f.actor(P::Basic), role);
        QVERIFY(showActive(&dialog));
        auto* name = child<QLineEdit>(&dialog, "nameLineEdit");
        auto* matrix = child<QTableView>(&dialog, "matrixTableView");
        QVERIFY(tabTo(name));
        type(QStringLiteral("Keyboard Readers"));
        QVERIFY(tabTo(matrix));
        press(Qt::Key_Home, Qt::ControlModifier);
        for (int row = 0; row < int(AppArea::TrackAndTrace); ++row) {
            press(Qt::Key_Down);
        }
        QCOMPARE(matrix->currentIndex().row(), int(AppArea::TrackAndTrace));
        QCOMPARE(matrix->currentIndex().column(), 0);
        press(Qt::Key_Space);
        press(Qt::Key_Right); // highlight Create, which stays off
        press(Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = f.core().roles().roleByName(Actor::system(), f.accountId(), QStringLiteral("Keyboard Readers"));
        QVERIFY(saved);
        PermissionSet expected;
        expected.setVerbs(AppArea::TrackAndTrace, Read);
        QVERIFY(saved.value().permissions == expected);
    }

    void importWizardReturnNeverTicksTheConfirmation()
    {
        CoreFixture f;
        User jdoe;
        jdoe.email = QStringLiteral("jdoe@acme.test");
        jdoe.upn = QStringLiteral("jdoe@corp.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), f.accountId(), jdoe));
        QVERIFY(f.core().roles().addMembers(Actor::system(), f.role(QStringLiteral("Basic Administrator")).id,
                                            {jdoe.email}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("import.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("emailAddress,upn\r\njohn.doe@acme.test,jdoe@corp.test\r\n");
        file.close();
        ImportUsersWizard wizard(f.core(), f.actor(P::Super));
        wizard.setAccountCode(QStringLiteral("ACME"));
        wizard.setFilePath(path);
        QVERIFY(showActive(&wizard));
        press(Qt::Key_Return); // Next: check the file
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::CheckPage));
        auto* confirm = child<QCheckBox>(&wizard, "confirmAddressChangesCheckBox");
        QVERIFY(confirm->isVisible());
        press(Qt::Key_Return); // the loss of a role is not confirmed: nothing happens
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::CheckPage));
        QVERIFY(!confirm->isChecked());
        QVERIFY(tabTo(confirm));
        press(Qt::Key_Return); // Return on the box itself does not tick it either
        QVERIFY(!confirm->isChecked());
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::CheckPage));
        press(Qt::Key_Space);
        QVERIFY(confirm->isChecked());
        press(Qt::Key_Return);
        QCOMPARE(wizard.currentId(), int(ImportUsersWizard::ImportPage));
        QVERIFY(wizard.importReport().has_value() && wizard.importReport()->applied);
        QVERIFY(f.core().directory().find(Actor::system(), QStringLiteral("john.doe@acme.test")));
    }

    void accountContactsReturnSavesTheFilledForm()
    {
        CoreFixture f;
        AccountContactsDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        QVERIFY(tabTo(child<QLineEdit>(&dialog, "nameLineEdit")));
        type(QStringLiteral("Dana Director"));
        press(Qt::Key_Tab);
        type(QStringLiteral("CISO"));
        press(Qt::Key_Tab);
        type(CoreFixture::email(P::Full));
        press(Qt::Key_Tab); // the people picker's results, in layout order
        QCOMPARE(QApplication::focusWidget(), child<QTableView>(&dialog, "contactResultsTableView"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QCheckBox>(&dialog, "directorCheckBox"));
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        const auto contacts = f.core().contacts().list(f.actor(P::Super), f.accountId()).value();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().name, QStringLiteral("Dana Director"));
        QCOMPARE(contacts.first().title, QStringLiteral("CISO"));
        QVERIFY(contacts.first().directorOrHigher);
        QCOMPARE(child<QTableWidget>(&dialog, "contactsTableWidget")->rowCount(), 1);
    }
};

QTEST_MAIN(TestChecklistsKeyboardGui)
#include "test_checklists_keyboard_gui.moc"
