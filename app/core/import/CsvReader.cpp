#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace warden {

namespace {

constexpr qint64 kChunkBytes = qint64(256) * 1024;

} // namespace

CsvReader::CsvReader(QIODevice& device, qsizetype maxRecordBytes)
    : m_device(device)
    , m_maxRecordBytes(maxRecordBytes)
{ }

bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device.read(kChunkBytes);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer.append(chunk);
    if (m_atStart) {
        if (m_buffer.size() < 3 && !m_device.atEnd()) {
            return true; // too short to tell whether a BOM is there; read more first
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_buffer.remove(0, 3);
            m_consumed += 3;
        }
        m_atStart = false;
    }
    return true;
}

Refusal CsvReader::problem(const QString& what) const
{
    return Refusal {Refusal::Kind::BadInput, tr("Line %1: %2").arg(m_recordLine).arg(what)};
}

std::optional<char> CsvReader::readByte()
{
    while (true) {
        if (m_pos >= m_buffer.size() && !fill()) {
            return std::nullopt;
        }
        if (m_pos >= m_buffer.size()) {
            continue; // BOM check wanted more bytes
        }
        const char c = m_buffer.at(m_pos++);
        ++m_consumed;
        if (m_skipLineFeed) { // the LF of a CRLF that ended the previous record
            m_skipLineFeed = false;
            if (c == '\n') {
                continue;
            }
        }
        return c;
    }
}

Status CsvReader::addToField(FieldState& state, char c, QByteArray& field)
{
    switch (state) {
    case FieldState::Start:
        if (c == '"') {
            state = FieldState::Quoted;
        } else {
            state = FieldState::Unquoted;
            field.append(c);
        }
        break;
    case FieldState::Unquoted:
        if (c == '"') {
            return problem(tr("a quote (\") inside an unquoted field; quote the whole field and double the quote."));
        }
        field.append(c);
        break;
    case FieldState::Quoted:
        if (c == '"') {
            state = FieldState::QuoteInQuoted;
        } else {
            m_line += c == '\n' ? 1 : 0;
            field.append(c);
        }
        break;
    case FieldState::QuoteInQuoted:
        if (c != '"') {
            return problem(tr("unexpected text after a closing quote."));
        }
        field.append('"');
        state = FieldState::Quoted;
        break;
    }
    return {};
}

Result<bool> CsvReader::next(QStringList& fields)
{
    fields.clear();
    FieldState state = FieldState::Start;
    QByteArray field;
    qsizetype recordBytes = 0;
    bool recordStarted = false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);

    auto notUtf8 = [] { return tr("the text is not valid UTF-8; save the file as UTF-8 and try again."); };
    auto finishField = [&]() -> bool {
        QString text = decoder.decode(field);
        if (decoder.hasError()) {
            return false;
        }
        fields.append(text);
        field.clear();
        return true;
    };

    while (const std::optional<char> byte = readByte()) {
        const char c = *byte;
        if (!recordStarted) {
            if (c == '\n' || c == '\r') { // blank line between records
                m_skipLineFeed = c == '\r';
                ++m_line;
                continue;
            }
            recordStarted = true;
            m_recordLine = m_line;
        }
        if (++recordBytes > m_maxRecordBytes) {
            return problem(tr("the record is longer than %1 KiB; this does not look like a directory CSV file.")
                               .arg(m_maxRecordBytes / 1024));
        }
        // Outside quotes a comma ends the field and a line break ends the record.
        if (state != FieldState::Quoted && (c == ',' || c == '\n' || c == '\r')) {
            if (!finishField()) {
                return problem(notUtf8());
            }
            if (c == ',') {
                state = FieldState::Start;
                continue;
            }
            m_skipLineFeed = c == '\r';
            ++m_line;
            return true;
        }
        if (auto added = addToField(state, c, field); !added) {
            return added.refusal();
        }
    }
    if (!recordStarted) {
        return false;
    }
    if (state == FieldState::Quoted) {
        return problem(tr("a quoted field is never closed (missing \")."));
    }
    if (!finishField()) {
        return problem(notUtf8());
    }
    return true;
}

} // namespace warden
