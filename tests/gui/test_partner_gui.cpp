// The partner screens driven like a person would: Manage External Administrators (add with a
// refusal first, change role, remove), Apply External Admin to many accounts, IP Restrictions.
#include "ConsoleActions.h"
#include "CoreFixture.h"
#include "ExternalAdminsModel.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "PartnerSetup.h"
#include "accounts/AddExternalAdminDialog.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "accounts/ExternalAdminsDialog.h"
#include "accounts/IpRestrictionsDialog.h"
#include "roles/MemberDetailsWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

int rowOf(QAbstractItemModel* model, const QString& email)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == email) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestPartnerGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addChangeAndRemoveInTheManager()
    {
        CoreFixture f;
        PartnerSetup p(f);
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        ExternalAdminsDialog dialog(f.core(), f.actor(P::Super), acme);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableView>(&dialog, "externalAdminsTableView");
        QCOMPARE(table->model()->rowCount(), 1);

        bool sawRefusal = false;
        whenShown<AddExternalAdminDialog>([&](AddExternalAdminDialog* add) {
            auto* email = child<QLineEdit>(add, "emailLineEdit");
            auto* role = child<QComboBox>(add, "roleComboBox");
            auto* save = child<QDialogButtonBox>(add, "buttonBox")->button(QDialogButtonBox::Save);
            QVERIFY(role->findText(QStringLiteral("Partner Administrator")) < 0); // customers cannot give it
            QTest::keyClicks(email, QStringLiteral("user01@acme.test"));
            role->setCurrentIndex(role->findText(QStringLiteral("Help Desk Administrator")));
            QVERIFY(save->isEnabled());
            QTest::mouseClick(save, Qt::LeftButton);
            auto* error = child<QLabel>(add, "errorLabel");
            sawRefusal = add->isVisible() && error->isVisible() && error->text().contains(QLatin1String("own domain"));
            QCOMPARE(role->currentText(), QStringLiteral("Help Desk Administrator")); // input kept
            email->clear();
            QTest::keyClicks(email, QStringLiteral("bob@nwmsp.test"));
            QTest::mouseClick(save, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QVERIFY(sawRefusal);
        QCOMPARE(table->model()->rowCount(), 2);
        const int bob = rowOf(table->model(), QStringLiteral("bob@nwmsp.test"));
        QVERIFY(bob >= 0);
        QCOMPARE(table->model()->index(bob, ExternalAdminsModel::RoleColumn).data().toString(),
                 QStringLiteral("Help Desk Administrator"));
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QLatin1String("bob@nwmsp.test")));

        table->setCurrentIndex(table->model()->index(bob, 0));
        whenShown<QInputDialog>([](QInputDialog* input) {
            input->setTextValue(QStringLiteral("Basic Administrator"));
            input->accept();
        });
        QTest::mouseClick(child<QPushButton>(&dialog, "changeRoleButton"), Qt::LeftButton);
        const int changed = rowOf(table->model(), QStringLiteral("bob@nwmsp.test"));
        QCOMPARE(table->model()->index(changed, ExternalAdminsModel::RoleColumn).data().toString(),
                 QStringLiteral("Basic Administrator"));

        table->setCurrentIndex(table->model()->index(changed, 0));
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("bob@nwmsp.test")));
        QCOMPARE(f.core().partners().externalAdmins(Actor::system(), f.accountId()).value().size(), 1);
    }

    void helpDeskSeesTheListButCannotChangeIt()
    {
        CoreFixture f;
        PartnerSetup p(f);
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        ExternalAdminsDialog dialog(f.core(), f.actor(P::HelpDesk), acme);
        dialog.show();
        QCOMPARE(child<QTableView>(&dialog, "externalAdminsTableView")->model()->rowCount(), 1);
        auto* add = child<QPushButton>(&dialog, "addButton");
        QVERIFY(!add->isEnabled());
        QVERIFY(add->toolTip().contains(QLatin1String("Help Desk")));
        IpRestrictionsDialog ip(f.core(), f.actor(P::HelpDesk), acme);
        ip.show();
        QVERIFY(child<QPlainTextEdit>(&ip, "rangesPlainTextEdit")->isReadOnly());
        QVERIFY(!child<QDialogButtonBox>(&ip, "buttonBox")->button(QDialogButtonBox::Save)->isVisible());
    }

    void oneExternalAdminAppliedToManyAccounts()
    {
        CoreFixture f;
        PartnerSetup p(f);
        ApplyExternalAdminDialog dialog(f.core(), p.alice());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* accounts = child<QListWidget>(&dialog, "accountsListWidget");
        QCOMPARE(accounts->count(), 2); // ACME and BETA; not GAMMA, nor the partner's own NWMSP
        QTest::keyClicks(child<QLineEdit>(&dialog, "emailLineEdit"), QStringLiteral("carol@nwmsp.test"));
        auto* role = child<QComboBox>(&dialog, "roleComboBox");
        role->setCurrentIndex(role->findText(QStringLiteral("Basic Administrator")));
        auto* apply = child<QPushButton>(&dialog, "applyButton");
        QVERIFY(!apply->isEnabled()); // no account ticked yet
        QTest::mouseClick(child<QPushButton>(&dialog, "selectAllButton"), Qt::LeftButton);
        QVERIFY(apply->isEnabled());
        QVERIFY(apply->text().contains(QLatin1String("2")));
        QTest::mouseClick(apply, Qt::LeftButton);
        auto* results = child<QTreeWidget>(&dialog, "resultsTreeWidget");
        QCOMPARE(results->topLevelItemCount(), 2);
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            QCOMPARE(results->topLevelItem(i)->data(0, Qt::UserRole).toString(), QStringLiteral("added"));
        }
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")
                    ->text()
                    .startsWith(QLatin1String("Changed in 2, unchanged in 0, refused in 0 of 2")));
        // Again with the same role: "unchanged", shown apart from a change.
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(results->topLevelItem(0)->data(0, Qt::UserRole).toString(), QStringLiteral("unchanged"));
        QVERIFY(results->topLevelItem(0)->text(1).startsWith(QLatin1String("Unchanged")));
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")
                    ->text()
                    .startsWith(QLatin1String("Changed in 0, unchanged in 2, refused in 0 of 2")));
        // An address that is no partner's administrator: one message, no per-account list.
        auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
        email->clear();
        QTest::keyClicks(email, QStringLiteral("ghost@nwmsp.test"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(results->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QLatin1String("not an administrator")));
        QCOMPARE(f.core().partners().externalAdmins(Actor::system(), p.betaId()).value().size(), 2);
    }

    void ipRestrictionsAreCheckedWhileTyping()
    {
        CoreFixture f;
        const Account acme = f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value();
        IpRestrictionsDialog dialog(f.core(), f.actor(P::Super), acme);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* ranges = child<QPlainTextEdit>(&dialog, "rangesPlainTextEdit");
        auto* save = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QTest::keyClicks(ranges, QStringLiteral("127.0.0.0/8"));
        QTest::keyClick(ranges, Qt::Key_Return);
        QTest::keyClicks(ranges, QStringLiteral("10.0.0.0/33"));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "problemsLabel")->text().contains(QLatin1String("Line 2")));
        QTest::keyClick(ranges, Qt::Key_Backspace);
        QTest::keyClick(ranges, Qt::Key_Backspace);
        QTest::keyClicks(ranges, QStringLiteral("16"));
        QVERIFY(save->isEnabled());
        child<QCheckBox>(&dialog, "partnerExemptCheckBox")->setChecked(true);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const IpRestrictions saved = f.core().accounts().ipRestrictions(Actor::system(), f.accountId()).value();
        QCOMPARE(saved.ranges, (QStringList {QStringLiteral("127.0.0.0/8"), QStringLiteral("10.0.0.0/16")}));
        QVERIFY(saved.partnerSignInExempt);
    }

    void accountContextMenuOffersTheAccountActions()
    {
        CoreFixture f;
        PartnerSetup p(f);
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Basic Administrator")).id));
        QVERIFY(window.actions()->manageExternalAdmins->isEnabled());
        QVERIFY(window.actions()->ipRestrictions->isEnabled());
        QVERIFY(!window.actions()->linkDomain->isEnabled()); // ACME is a standard account
        QVERIFY(window.actions()->linkDomain->toolTip().contains(QLatin1String("mail-processing")));
        whenShown<ExternalAdminsDialog>([](ExternalAdminsDialog* dialog) {
            QCOMPARE(dialog->model()->rowCount(), 1);
            dialog->reject();
        });
        window.actions()->manageExternalAdmins->trigger();
    }

    void theHealthBadgeFollowsTheCurrentAccount()
    {
        CoreFixture f;
        MainWindow window(f.core(), f.actor(P::Super));
        window.show();
        QVERIFY(window.selectRole(f.role(QStringLiteral("Basic Administrator")).id));
        auto* badge = child<QLabel>(&window, "healthBadgeLabel");
        QVERIFY(badge->isVisible());
        QVERIFY2(badge->text().contains(QLatin1String("failing")), qPrintable(badge->text()));
        QVERIFY(badge->toolTip().contains(QLatin1String("Access list reviewed")));
        QVERIFY(f.core().health().recordAccessReview(f.actor(P::Super), f.accountId(), {}));
        QVERIFY(window.selectRole(f.role(QStringLiteral("Gateway Administrator")).id));
        // The badge follows the change once the burst of announcements is over.
        QTRY_VERIFY(!badge->toolTip().contains(QLatin1String("Access list reviewed")));

        MainWindow helpDesk(f.core(), f.actor(P::HelpDesk));
        helpDesk.show();
        QVERIFY(helpDesk.selectRole(f.role(QStringLiteral("Basic Administrator")).id));
        QVERIFY(!child<QLabel>(&helpDesk, "healthBadgeLabel")->isVisible()); // no Admin Management access
    }

    void changingAMembersAddressListsTheRolesItRemoves()
    {
        CoreFixture f;
        const QString email = CoreFixture::plainUser(5);
        QVERIFY(
            f.core().roles().addMembers(Actor::system(), f.role(QStringLiteral("Gateway Administrator")).id, {email}));
        const User user = f.core().directory().find(Actor::system(), email).value();
        MemberDetailsWidget details(f.core(), f.actor(P::Super));
        details.showMember(user);
        details.show();
        auto* button = child<QPushButton>(&details, "changeAddressButton");
        QVERIFY(button->isEnabled());
        const QString renamed = QStringLiteral("renamed.five@acme.test");
        auto answerWith = [renamed] {
            whenShown<QInputDialog>([renamed](QInputDialog* input) {
                input->setTextValue(renamed);
                input->accept();
            });
        };
        answerWith();
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(MessageBoxes::lastText().contains(QLatin1String("Gateway Administrator (ACME)")));
        QVERIFY(f.core().directory().find(Actor::system(), email)); // declined: unchanged
        answerWith();
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!f.core().directory().find(Actor::system(), email));
        QVERIFY(f.core().roles().rolesOfUser(Actor::system(), renamed).value().isEmpty());

        MemberDetailsWidget readOnly(f.core(), f.actor(P::HelpDesk));
        readOnly.showMember(f.core().directory().find(Actor::system(), renamed).value());
        QVERIFY(!child<QPushButton>(&readOnly, "changeAddressButton")->isEnabled());
    }
};

QTEST_MAIN(TestPartnerGui)
#include "test_partner_gui.moc"
