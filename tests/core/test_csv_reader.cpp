// The streaming RFC 4180 reader: the awkward files people actually have.
#include "import/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace warden;

namespace {

struct Parsed
{
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<Refusal> refusal;
};

Parsed parse(const QByteArray& bytes, qsizetype maxRecord = CsvReader::kDefaultMaxRecordBytes)
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, maxRecord);
    Parsed parsed;
    QStringList fields;
    while (true) {
        auto next = reader.next(fields);
        if (!next) {
            parsed.refusal = next.refusal();
            break;
        }
        if (!next.value()) {
            break;
        }
        parsed.records.append(fields);
        parsed.lines.append(reader.recordLine());
    }
    return parsed;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMarkAndCrlf()
    {
        const Parsed p = parse("\xEF\xBB\xBF"
                               "emailAddress,displayName\r\na@x.test,Ann\r\n\r\nb@x.test,Bob");
        QVERIFY(!p.refusal);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records.at(0).first(), QStringLiteral("emailAddress")); // no BOM in the first name
        QCOMPARE(p.records.at(1), (QStringList {QStringLiteral("a@x.test"), QStringLiteral("Ann")}));
        QCOMPARE(p.records.at(2), (QStringList {QStringLiteral("b@x.test"), QStringLiteral("Bob")}));
        QCOMPARE(p.lines, (QList<qint64> {1, 2, 4}));
    }

    void quotedCommasQuotesAndNewlines()
    {
        const Parsed p = parse("a,b,c\n\"Smith, Ann\",\"say \"\"hi\"\"\",\"two\nlines\"\nnext,\"\",x\n");
        QVERIFY2(!p.refusal, p.refusal ? qPrintable(p.refusal->message) : "");
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(
            p.records.at(1),
            (QStringList {QStringLiteral("Smith, Ann"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(p.lines.at(2), 4); // the record after a two-line field starts on line 4
        QCOMPARE(p.records.at(2), (QStringList {QStringLiteral("next"), QString(), QStringLiteral("x")}));
    }

    void utf8TextIsKeptAndInvalidUtf8IsRefused()
    {
        const Parsed good = parse("name\nJürgen Ørsted 山田\n");
        QVERIFY(!good.refusal);
        QCOMPARE(good.records.at(1).first(), QStringLiteral("Jürgen Ørsted 山田"));
        const Parsed bad = parse("name\nok\nLatin-1 \xE9t\xE9\n");
        QVERIFY(bad.refusal);
        QCOMPARE(bad.refusal->kind, Refusal::Kind::BadInput);
        QVERIFY2(bad.refusal->message.contains(QLatin1String("Line 3")), qPrintable(bad.refusal->message));
        QVERIFY(bad.refusal->message.contains(QLatin1String("UTF-8")));
    }

    void malformedQuotingIsRefusedWithTheLine()
    {
        const Parsed unterminated = parse("a\nb\n\"never closed\n");
        QVERIFY(unterminated.refusal);
        QVERIFY(unterminated.refusal->message.contains(QLatin1String("Line 3")));
        const Parsed stray = parse("a\nhalf\"quoted\n");
        QVERIFY(stray.refusal);
        QVERIFY(stray.refusal->message.contains(QLatin1String("Line 2")));
        const Parsed trailing = parse("a\n\"closed\"junk\n");
        QVERIFY(trailing.refusal);
    }

    void aHugeSingleLineIsRefusedWithoutReadingItAll()
    {
        QByteArray huge("emailAddress\n");
        huge.append(QByteArray(qsizetype(10) * 1024 * 1024, 'x'));
        const Parsed p = parse(huge);
        QVERIFY(p.refusal);
        QVERIFY2(p.refusal->message.contains(QLatin1String("Line 2")), qPrintable(p.refusal->message));
        QVERIFY(p.refusal->message.contains(QLatin1String("1024 KiB")));
    }

    void emptyInputHasNoRecords()
    {
        QVERIFY(parse("").records.isEmpty());
        QVERIFY(parse("\n\r\n").records.isEmpty());
        QVERIFY(!parse("").refusal);
    }

    void crlfSplitAcrossReadsCountsOneLine()
    {
        // 256 KiB reads: put the CR as the last byte of the first read.
        QByteArray data("h\n");
        data.append(QByteArray(qsizetype(256) * 1024 - data.size() - 1, 'a'));
        data.append("\r\nz\n");
        const Parsed p = parse(data);
        QVERIFY(!p.refusal);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.lines.last(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
