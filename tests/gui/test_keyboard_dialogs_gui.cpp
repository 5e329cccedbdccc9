// The dialogs not covered by test_checklists_keyboard_gui, each done with the keyboard alone:
// Tab and typing to fill in, Down from a search box into its results, Return on the default
// button the person expects at that moment, Escape to leave without a change.
#include "AdministratorsModel.h"
#include "CoreFixture.h"
#include "DirectorySearchModel.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "PartnerSetup.h"
#include "PreferencesDialog.h"
#include "accounts/AddExternalAdminDialog.h"
#include "accounts/ExternalAdminsDialog.h"
#include "accounts/IpRestrictionsDialog.h"
#include "admins/AddAdminDialog.h"
#include "admins/AdminManagementDialog.h"
#include "admins/ConfirmIdentityDialog.h"
#include "admins/RevealCredentialDialog.h"
#include "admins/TemporaryPasswordDialog.h"
#include "requests/ChangeRequestsDialog.h"
#include "requests/NewChangeRequestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

/// The button Return presses in `dialog` now.
QPushButton* defaultButton(QWidget* dialog)
{
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        if (button->isDefault()) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestKeyboardDialogsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newChangeRequestFromTheKeyboard()
    {
        CoreFixture f;
        NewChangeRequestDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        QVERIFY(tabTo(child<QLineEdit>(&dialog, "userLineEdit")));
        type(QStringLiteral("user1"));
        press(Qt::Key_Down); // runs the pending search and moves into the results, on user10
        press(Qt::Key_Down);
        auto* results = child<QTableView>(&dialog, "userResultsTableView");
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->currentIndex().data(DirectorySearchModel::EmailRole).toString(), CoreFixture::plainUser(11));
        QVERIFY(tabTo(child<QPlainTextEdit>(&dialog, "justificationTextEdit")));
        type(QStringLiteral("Covers the help desk during the migration weekend."));
        // The default button is File Request; Return from the justification's neighbour presses it.
        QCOMPARE(defaultButton(&dialog), child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok));
        press(Qt::Key_Tab);
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog.filed().has_value());
        QCOMPARE(dialog.filed()->targetEmail, CoreFixture::plainUser(11));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        NewChangeRequestDialog left(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&left));
        press(Qt::Key_Escape);
        QCOMPARE(left.result(), int(QDialog::Rejected));
        QVERIFY(!left.filed().has_value());
    }

    void addNewAdminFromTheKeyboard()
    {
        CoreFixture f;
        AddAdminDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        // The search box has the focus at once; Add Admin waits for a person and a role.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "searchLineEdit"));
        auto* add = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QCOMPARE(defaultButton(&dialog), add);
        type(QStringLiteral("user05"));
        press(Qt::Key_Return); // runs the pending search; adds nothing
        QVERIFY(dialog.isVisible());
        press(Qt::Key_Down);
        QVERIFY(!add->isEnabled()); // no role yet
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, "roleComboBox"));
        type(QStringLiteral("Basic"));
        QCOMPARE(child<QComboBox>(&dialog, "roleComboBox")->currentText(), QStringLiteral("Basic Administrator"));
        QVERIFY(add->isEnabled());
        press(Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.issued().has_value());
        QCOMPARE(dialog.issued()->email, CoreFixture::plainUser(5));
    }

    void addExternalAdminFromTheKeyboard()
    {
        CoreFixture f;
        PartnerSetup p(f);
        AddExternalAdminDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        QVERIFY(tabTo(child<QLineEdit>(&dialog, "emailLineEdit")));
        type(QStringLiteral("carol"));
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, "roleComboBox"));
        type(QStringLiteral("Basic"));
        QCOMPARE(defaultButton(&dialog), child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save));
        press(Qt::Key_Return);
        QTRY_VERIFY(dialog.added().has_value());
        QCOMPARE(dialog.added()->email, QStringLiteral("carol@nwmsp.test"));
    }

    void ipRestrictionsFromTheKeyboard()
    {
        CoreFixture f;
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        IpRestrictionsDialog dialog(f.core(), f.actor(P::Super), acme);
        QVERIFY(showActive(&dialog));
        QVERIFY(tabTo(child<QPlainTextEdit>(&dialog, "rangesPlainTextEdit")));
        type(QStringLiteral("203.0.113.0/24"));
        press(Qt::Key_Return); // a new line in the ranges box, not the Save button
        QVERIFY(dialog.isVisible());
        type(QStringLiteral("127.0.0.0/8")); // where this console connects from
        press(Qt::Key_Tab); // the ranges box passes Tab on
        QCOMPARE(defaultButton(&dialog), child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save));
        press(Qt::Key_Return);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "problemsLabel")->text()));
        QCOMPARE(f.core().accounts().ipRestrictions(Actor::system(), acme.id).value().ranges,
                 (QStringList {QStringLiteral("203.0.113.0/24"), QStringLiteral("127.0.0.0/8")}));
    }

    void theListDialogsCloseWithEscapeAndOpenWithTheirMnemonics()
    {
        CoreFixture f;
        PartnerSetup p(f);
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        {
            AdminManagementDialog dialog(f.core(), f.actor(P::Super), acme, [](const ChangeRequestDraft&) {});
            QVERIFY(showActive(&dialog));
            bool addSeen = false;
            whenShown<AddAdminDialog>([&](AddAdminDialog* add) {
                addSeen = true;
                QTest::keyClick(add, Qt::Key_Escape);
                QCOMPARE(add->result(), int(QDialog::Rejected));
            });
            QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier); // &Add New Admin…
            QTRY_VERIFY(addSeen);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        }
        {
            ExternalAdminsDialog dialog(f.core(), f.actor(P::Super), acme);
            QVERIFY(showActive(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        }
        {
            ChangeRequestsDialog dialog(f.core(), f.actor(P::Super), acme);
            QVERIFY(showActive(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY(!dialog.isVisible());
        }
        {
            PreferencesDialog dialog;
            QVERIFY(showActive(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        }
    }

    void theConfirmationDialogsFromTheKeyboard()
    {
        // Confirm Identity: password, Tab, code, Return; a refusal keeps the dialog, clears the code.
        QStringList tried;
        ConfirmIdentityDialog confirm(QStringLiteral("Approve the request."), QStringLiteral("&Approve"),
                                      [&tried](const QString& password, const QString& code) -> Status {
                                          tried.append(password + QLatin1Char('/') + code);
                                          if (code != QLatin1String("123456")) {
                                              return Refusal {Refusal::Kind::Denied, QStringLiteral("Wrong code.")};
                                          }
                                          return {};
                                      });
        QVERIFY(showActive(&confirm));
        QVERIFY(tabTo(child<QLineEdit>(&confirm, "passwordLineEdit")));
        type(QStringLiteral("director-password"));
        press(Qt::Key_Return); // no code yet: the Approve button is off, nothing happens
        QVERIFY(tried.isEmpty());
        press(Qt::Key_Tab);
        type(QStringLiteral("000000"));
        press(Qt::Key_Return);
        QCOMPARE(tried, QStringList {QStringLiteral("director-password/000000")});
        QVERIFY(confirm.isVisible());
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&confirm, "codeLineEdit"));
        QVERIFY(child<QLineEdit>(&confirm, "codeLineEdit")->text().isEmpty());
        type(QStringLiteral("123456"));
        press(Qt::Key_Return);
        QCOMPARE(confirm.result(), int(QDialog::Accepted));

        // Temporary Password: Return closes it once it has been seen.
        IssuedCredentials issued;
        issued.email = CoreFixture::plainUser(3);
        issued.temporaryPassword = QStringLiteral("Temporary-Password-1");
        TemporaryPasswordDialog temporary(issued);
        QVERIFY(showActive(&temporary));
        press(Qt::Key_Return);
        QVERIFY(!temporary.isVisible());

        // Reveal Credential: Escape hides the credential at once.
        RevealCredentialDialog reveal(CoreFixture::email(P::Full), QStringLiteral("break-glass-credential"));
        QVERIFY(showActive(&reveal));
        QTest::keyClick(&reveal, Qt::Key_Escape);
        QVERIFY(!reveal.isVisible());
    }

    void downFromTheTreeFilterMovesIntoTheTree()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Basic));
        QVERIFY(showActive(&window));
        QTest::keyClick(window.treeView(), Qt::Key_F, Qt::ControlModifier); // View > Filter Tree
        auto* filter = child<QLineEdit>(&window, "treeFilterLineEdit");
        QCOMPARE(QApplication::focusWidget(), filter);
        type(QStringLiteral("Help Desk"));
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), window.treeView());
        QCOMPARE(filter->text(), QStringLiteral("Help Desk"));
        QVERIFY(window.treeView()->currentIndex().isValid());
    }
};

QTEST_MAIN(TestKeyboardDialogsGui)
#include "test_keyboard_dialogs_gui.moc"
