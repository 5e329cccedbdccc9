// First run and sign-in driven through the real dialogs, as a person would: typing, clicking.
#include "CoreFixture.h"
#include "MainWindow.h"
#include "security/Base32.h"
#include "security/Totp.h"
#include "signin/FirstRunDialog.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace warden;
using namespace warden::test;

namespace {

template<typename T> T* child(QWidget* parent, const char* name)
{
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (widget == nullptr) {
        qFatal("no widget %s", name);
    }
    return widget;
}

QPushButton* okButton(QWidget* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSignInGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunThenSignIn()
    {
        qint64 now = 1'800'000'010;
        CoreFixture f(false, [&now] { return now; });

        FirstRunDialog firstRun(f.core().auth());
        firstRun.show();
        QVERIFY(QTest::qWaitForWindowExposed(&firstRun));
        QTest::keyClicks(child<QLineEdit>(&firstRun, "accountNameLineEdit"), QStringLiteral("Acme Test"));
        QTest::keyClicks(child<QLineEdit>(&firstRun, "accountCodeLineEdit"), QStringLiteral("ACME"));
        QTest::keyClicks(child<QLineEdit>(&firstRun, "emailLineEdit"), QStringLiteral("boss@acme.test"));
        QTest::keyClicks(child<QLineEdit>(&firstRun, "passwordLineEdit"), QStringLiteral("a long password"));
        QTest::keyClicks(child<QLineEdit>(&firstRun, "confirmLineEdit"), QStringLiteral("a long passwort"));
        QTest::mouseClick(okButton(&firstRun), Qt::LeftButton);
        auto* error = child<QLabel>(&firstRun, "errorLabel");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("The two passwords differ."));
        child<QLineEdit>(&firstRun, "confirmLineEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&firstRun, "confirmLineEdit"), QStringLiteral("a long password"));
        QTest::mouseClick(okButton(&firstRun), Qt::LeftButton);

        const QString secretText = child<QLineEdit>(&firstRun, "secretLineEdit")->text();
        QVERIFY(!secretText.isEmpty());
        const QByteArray secret = Base32::decode(secretText).value();
        QTest::keyClicks(child<QLineEdit>(&firstRun, "codeLineEdit"), QStringLiteral("000000"));
        QTest::mouseClick(okButton(&firstRun), Qt::LeftButton);
        if (Totp::codeAt(secret, now) != QLatin1String("000000")) {
            QVERIFY(error->isVisible());
            QVERIFY(error->text().contains(QLatin1String("does not match")));
            QVERIFY(firstRun.isVisible());
        }
        QTest::keyClicks(child<QLineEdit>(&firstRun, "codeLineEdit"), Totp::codeAt(secret, now));
        QTest::mouseClick(okButton(&firstRun), Qt::LeftButton);
        QTRY_COMPARE(firstRun.result(), int(QDialog::Accepted));
        QCOMPARE(firstRun.actor().email, QStringLiteral("boss@acme.test"));

        now += Totp::kStepSeconds;
        SignInDialog signIn(f.core().auth());
        signIn.setEmail(QStringLiteral("boss@acme.test"));
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        QVERIFY(!okButton(&signIn)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&signIn, "passwordLineEdit"), QStringLiteral("a long password"));
        QTest::keyClicks(child<QLineEdit>(&signIn, "codeLineEdit"), QStringLiteral("12ab34"));
        QCOMPARE(child<QLineEdit>(&signIn, "codeLineEdit")->text(), QStringLiteral("1234")); // digits only
        QVERIFY(!okButton(&signIn)->isEnabled());
        child<QLineEdit>(&signIn, "codeLineEdit")->clear();
        const QString wrong =
            Totp::codeAt(secret, now) == QLatin1String("111111") ? QStringLiteral("222222") : QStringLiteral("111111");
        QTest::keyClicks(child<QLineEdit>(&signIn, "codeLineEdit"), wrong);
        QTest::mouseClick(okButton(&signIn), Qt::LeftButton);
        QVERIFY(child<QLabel>(&signIn, "errorLabel")->isVisible());
        QCOMPARE(child<QLabel>(&signIn, "errorLabel")->text(),
                 QStringLiteral("The email address, password or one-time code is not correct."));
        QVERIFY(child<QLineEdit>(&signIn, "codeLineEdit")->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(&signIn, "codeLineEdit"), Totp::codeAt(secret, now));
        QTest::keyClick(child<QLineEdit>(&signIn, "codeLineEdit"), Qt::Key_Return);
        QTRY_COMPARE(signIn.result(), int(QDialog::Accepted));

        MainWindow window(f.core(), signIn.actor());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(child<QLabel>(&window, "signedInLabel")->text(),
                 QStringLiteral("Signed in as boss@acme.test — acting as Super Administrator in ACME"));
    }
};

QTEST_MAIN(TestSignInGui)
#include "test_signin_gui.moc"
