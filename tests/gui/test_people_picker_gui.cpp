// The one people picker, wherever a person is asked for: New Change Request, Add External
// Admin (the partner's staff), Account Contacts and Add New Admin — driven from the keyboard:
// type part of a name, Down into the results, Return.
#include "CoreFixture.h"
#include "DirectorySearchModel.h"
#include "GuiTestHelpers.h"
#include "PartnerSetup.h"
#include "accounts/AddExternalAdminDialog.h"
#include "accounts/ApplyExternalAdminDialog.h"
#include "admins/AddAdminDialog.h"
#include "requests/AccountContactsDialog.h"
#include "requests/NewChangeRequestDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

double luminance(const QColor& color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestPeoplePickerGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeRequestsUserIsPickedFromTheDirectory()
    {
        CoreFixture f;
        NewChangeRequestDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        auto* kind = child<QComboBox>(&dialog, "kindComboBox");
        QCOMPARE(kind->currentData().toInt(), int(ChangeRequestKind::AddMember));
        auto* user = child<QLineEdit>(&dialog, "userLineEdit");
        auto* results = child<QTableView>(&dialog, "userResultsTableView");
        user->setFocus();
        QTest::keyClicks(user, QStringLiteral("user1"));
        // Return while the search waits for the typing pause runs it and files nothing.
        QTest::keyClick(user, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(results->model()->rowCount(), 10); // user10 … user19
        QTest::keyClick(user, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), results);
        QTest::keyClick(results, Qt::Key_Down);
        QCOMPARE(results->currentIndex().data(DirectorySearchModel::EmailRole).toString(), CoreFixture::plainUser(11));
        child<QPlainTextEdit>(&dialog, "justificationTextEdit")
            ->setPlainText(QStringLiteral("Covers the help desk during the migration weekend."));
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY2(dialog.filed().has_value(), qPrintable(child<QLabel>(&dialog, "errorLabel")->text()));
        QCOMPARE(dialog.filed()->targetEmail, CoreFixture::plainUser(11));

        // Pre-filled from elsewhere: the address is found and chosen.
        NewChangeRequestDialog again(f.core(), f.actor(P::Super), f.accountId());
        ChangeRequestDraft draft;
        draft.accountId = f.accountId();
        draft.kind = ChangeRequestKind::RemoveMember;
        draft.targetEmail = CoreFixture::email(P::HelpDesk);
        again.prefill(draft);
        auto* chosen = child<QTableView>(&again, "userResultsTableView");
        QCOMPARE(chosen->currentIndex().data(DirectorySearchModel::EmailRole).toString(),
                 CoreFixture::email(P::HelpDesk));
    }

    void anExternalAdminIsPickedAmongThePartnersStaff()
    {
        CoreFixture f;
        PartnerSetup p(f);
        AddExternalAdminDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        auto* results = child<QTableView>(&dialog, "resultsTableView");
        // The staff of the delegated partner, not the customer's own people; alice is already one.
        QStringList shown;
        for (int row = 0; row < results->model()->rowCount(); ++row) {
            shown.append(results->model()->index(row, 0).data(DirectorySearchModel::EmailRole).toString());
        }
        QVERIFY2(shown.contains(QStringLiteral("carol@nwmsp.test")), qPrintable(shown.join(u',')));
        for (const QString& email : shown) {
            QVERIFY2(email.endsWith(QLatin1String("@nwmsp.test")), qPrintable(email));
        }
        const int alice = int(shown.indexOf(QStringLiteral("alice@nwmsp.test")));
        QVERIFY(alice >= 0);
        QCOMPARE(results->model()->index(alice, DirectorySearchModel::StatusColumn).data().toString(),
                 QStringLiteral("Already an external admin"));
        QVERIFY(!(results->model()->flags(results->model()->index(alice, 0)) & Qt::ItemIsEnabled));
        // Greyed out, yet readable (WCAG AA, 4.5:1) against the table's background.
        const QColor grey = results->model()->index(alice, 0).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(grey.isValid());
        const double ratio = contrast(grey, results->palette().color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));

        auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("carol"));
        QVERIFY(child<QTableView>(&dialog, "resultsTableView")->isVisible());
        QTest::keyClick(email, Qt::Key_Down);
        QCOMPARE(results->currentIndex().data(DirectorySearchModel::EmailRole).toString(),
                 QStringLiteral("carol@nwmsp.test"));
        auto* role = child<QComboBox>(&dialog, "roleComboBox");
        role->setCurrentIndex(role->findText(QStringLiteral("Basic Administrator")));
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_VERIFY(dialog.added().has_value());
        QCOMPARE(dialog.added()->email, QStringLiteral("carol@nwmsp.test"));
    }

    void theStaffToApplyIsPickedFromThePartnersDirectory()
    {
        CoreFixture f;
        PartnerSetup p(f);
        ApplyExternalAdminDialog dialog(f.core(), p.alice());
        QVERIFY(showActive(&dialog));
        QVERIFY(tabTo(child<QLineEdit>(&dialog, "emailLineEdit")));
        type(QStringLiteral("carol"));
        press(Qt::Key_Down);
        auto* results = child<QTableView>(&dialog, "staffResultsTableView");
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->currentIndex().data(DirectorySearchModel::EmailRole).toString(),
                 QStringLiteral("carol@nwmsp.test"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, "roleComboBox"));
        // Typing again drops the earlier choice: what is typed now is what counts.
        auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
        email->setFocus();
        email->selectAll();
        type(QStringLiteral("bob"));
        QVERIFY(!results->currentIndex().isValid());
    }

    void aContactIsPickedAndTheNameFilledIn()
    {
        CoreFixture f;
        AccountContactsDialog dialog(f.core(), f.actor(P::Super), f.accountId());
        QVERIFY(showActive(&dialog));
        auto* email = child<QLineEdit>(&dialog, "emailLineEdit");
        auto* name = child<QLineEdit>(&dialog, "nameLineEdit");
        QVERIFY(name->text().isEmpty());
        email->setFocus();
        QTest::keyClicks(email, CoreFixture::email(P::Full));
        QTest::keyClick(email, Qt::Key_Return); // runs the pending search: the exact address is chosen
        const QString filledIn = name->text();
        QVERIFY(!filledIn.isEmpty());
        auto* title = child<QLineEdit>(&dialog, "titleLineEdit");
        title->setText(QStringLiteral("CISO"));
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        const auto contacts = f.core().contacts().list(f.actor(P::Super), f.accountId()).value();
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts.first().email, CoreFixture::email(P::Full));
        QCOMPARE(contacts.first().name, filledIn);
        // Saved: the form is empty for the next contact, and stays so.
        QVERIFY(name->text().isEmpty());
        QVERIFY(email->text().isEmpty());
    }

    void currentAdministratorsAreGreyedOutInAddNewAdmin()
    {
        CoreFixture f;
        f.enroll(P::Full, QStringLiteral("full-admin-password-1"));
        AddAdminDialog dialog(f.core(), f.actor(P::Super),
                              f.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value().id);
        QVERIFY(showActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&dialog, "searchLineEdit"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "searchLineEdit"), CoreFixture::email(P::Full));
        auto* results = child<QTableView>(&dialog, "resultsTableView");
        QTRY_COMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->model()->index(0, DirectorySearchModel::StatusColumn).data().toString(),
                 QStringLiteral("Already an administrator"));
        QTest::keyClick(child<QLineEdit>(&dialog, "searchLineEdit"), Qt::Key_Down);
        auto* role = child<QComboBox>(&dialog, "roleComboBox");
        role->setCurrentIndex(0);
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestPeoplePickerGui)
#include "test_people_picker_gui.moc"
