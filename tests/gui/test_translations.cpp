// The shipped translations load and translate, plurals included, in every language.
#include <QCoreApplication>
#include <QDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString qm(const char* language)
    {
        return QDir(qEnvironmentVariable("WARDEN_QM_DIR"))
            .filePath(QStringLiteral("warden_%1.qm").arg(QLatin1String(language)));
    }

private Q_SLOTS:
    void translate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("addUser");
        QTest::addColumn<QString>("threeMembers");
        QTest::addColumn<QString>("oneMember");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Add User to Role…")
                            << QStringLiteral("3 members") << QStringLiteral("1 member");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Benutzer zur Rolle &hinzufügen…")
                            << QStringLiteral("3 Mitglieder") << QStringLiteral("1 Mitglied");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Ajouter un utilisateur au rôle…")
                            << QStringLiteral("3 membres") << QStringLiteral("1 membre");
    }

    void translate()
    {
        QFETCH(QString, language);
        QFETCH(QString, addUser);
        QFETCH(QString, threeMembers);
        QFETCH(QString, oneMember);
        QTranslator translator;
        QVERIFY2(translator.load(qm(qPrintable(language))), qPrintable(qm(qPrintable(language))));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(QCoreApplication::translate("warden::ConsoleActions", "&Add User to Role…"), addUser);
        QCOMPARE(QCoreApplication::translate("warden::RoleDetailsWidget", "%n member(s)", nullptr, 3), threeMembers);
        QCOMPARE(QCoreApplication::translate("warden::RoleDetailsWidget", "%n member(s)", nullptr, 1), oneMember);
        QVERIFY(QCoreApplication::removeTranslator(&translator));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
