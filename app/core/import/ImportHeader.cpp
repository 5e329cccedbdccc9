#include "ImportHeader.h"

#include "CsvReader.h"

namespace warden {

const QStringList& ImportHeader::knownColumns()
{
    static const QStringList columns {
        QStringLiteral("emailAddress"),      QStringLiteral("displayName"),           QStringLiteral("upn"),
        QStringLiteral("remoteaccountcode"), QStringLiteral("allowAddressMigration"), QStringLiteral("role")};
    return columns;
}

Result<ImportHeader> ImportHeader::read(CsvReader& reader)
{
    QStringList fields;
    auto header = reader.next(fields);
    if (!header) {
        return header.refusal();
    }
    if (!header.value()) {
        return Refusal {Refusal::Kind::BadInput, tr("The file is empty; a directory CSV starts with a header row.")};
    }
    ImportHeader result;
    result.m_index.fill(-1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = fields.at(i).trimmed();
        qsizetype index = -1; // column names match in any letter case
        for (qsizetype k = 0; k < knownColumns().size() && index < 0; ++k) {
            if (knownColumns().at(k).compare(name, Qt::CaseInsensitive) == 0) {
                index = k;
            }
        }
        if (index < 0 && name.contains(QLatin1Char('@'))) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1 holds data (\"%2\") where the header row belongs; the first row must name "
                               "the columns: %3.")
                                .arg(reader.recordLine())
                                .arg(name, knownColumns().join(QStringLiteral(", ")))};
        }
        if (index < 0) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1: unknown column \"%2\". The columns are: %3.")
                                .arg(reader.recordLine())
                                .arg(name, knownColumns().join(QStringLiteral(", ")))};
        }
        if (result.m_index.at(index) >= 0) {
            return Refusal {Refusal::Kind::BadInput,
                            tr("Line %1: the column \"%2\" appears twice.").arg(reader.recordLine()).arg(name)};
        }
        result.m_index.at(index) = int(i);
    }
    if (!result.has(Email)) {
        return Refusal {Refusal::Kind::BadInput,
                        tr("Line %1: the header has no emailAddress column, so this is either not a directory "
                           "file or its header row is missing.")
                            .arg(reader.recordLine())};
    }
    result.m_fieldCount = fields.size();
    return result;
}

} // namespace warden
