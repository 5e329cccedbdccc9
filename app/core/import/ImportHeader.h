#pragma once

#include "../Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <array>

namespace warden {

class CsvReader;

/// The columns of a directory CSV as its header row names them (in any order and letter case).
class ImportHeader
{
    Q_DECLARE_TR_FUNCTIONS(ImportHeader)

public:
    enum Column { Email, DisplayName, Upn, AccountCode, AllowMigration, Role, ColumnCount };

    /// The column names, in Column order.
    static const QStringList& knownColumns();
    /// Reads the header row; refuses an empty file, unknown or repeated columns, a data row
    /// where the header belongs, and a header without emailAddress.
    [[nodiscard]] static Result<ImportHeader> read(CsvReader& reader);

    [[nodiscard]] bool has(Column column) const { return m_index.at(column) >= 0; }
    /// How many fields every row must have.
    [[nodiscard]] qsizetype fieldCount() const { return m_fieldCount; }
    /// The trimmed field of `column` in a row, empty when the file has no such column.
    [[nodiscard]] QString field(const QStringList& fields, Column column) const
    {
        const int index = m_index.at(column);
        return index < 0 ? QString() : fields.at(index).trimmed();
    }

private:
    std::array<int, ColumnCount> m_index {};
    qsizetype m_fieldCount = 0;
};

} // namespace warden
