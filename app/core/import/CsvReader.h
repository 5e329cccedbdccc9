#pragma once

#include "../Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QIODevice;

namespace warden {

/// Streaming RFC 4180 reader: one record at a time from a QIODevice, so memory stays flat in
/// the file's size. Accepts a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with
/// commas, doubled quotes and line breaks; skips blank lines. Refuses, naming the line, invalid
/// UTF-8, stray or unterminated quotes, and records longer than `maxRecordBytes`.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype kDefaultMaxRecordBytes = qsizetype(1) << 20;

    explicit CsvReader(QIODevice& device, qsizetype maxRecordBytes = kDefaultMaxRecordBytes);

    /// Reads the next record into `fields`: true when one was read, false at the end.
    [[nodiscard]] Result<bool> next(QStringList& fields);
    /// The physical line (1-based) the last record started on.
    [[nodiscard]] qint64 recordLine() const { return m_recordLine; }
    [[nodiscard]] qint64 bytesRead() const { return m_consumed; }

private:
    enum class FieldState { Start, Unquoted, Quoted, QuoteInQuoted };

    [[nodiscard]] bool fill();
    /// The next byte of the file (the LF of a CRLF already skipped); nullopt at its end.
    [[nodiscard]] std::optional<char> readByte();
    /// Adds `c`, which is not a separator, to the field being read.
    [[nodiscard]] Status addToField(FieldState& state, char c, QByteArray& field);
    [[nodiscard]] Refusal problem(const QString& what) const;

    QIODevice& m_device;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_atStart = true;
    bool m_eof = false;
    bool m_skipLineFeed = false;
};

} // namespace warden
