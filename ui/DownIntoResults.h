#pragma once

#include <QObject>

class QAbstractItemView;
class QLineEdit;

namespace warden {

/// Down in a search or filter box moves into the list it filters, on its current item (or the
/// first), as in the Windows admin tools; the box keeps its text.
class DownIntoResults : public QObject
{
    Q_OBJECT

public:
    /// Links `box` to `results` (the filter is a child of the box).
    static void link(QLineEdit* box, QAbstractItemView* results);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DownIntoResults(QLineEdit* box, QAbstractItemView* results);

    QAbstractItemView* m_results;
};

} // namespace warden
