UNWIND [time({hour: 10, minute: 35, timezone: '-08:00'}),
time({hour: 12, minute: 31, second: 14, nanosecond: 645876123, timezone: '+01:00'}),
time({hour: 12, minute: 31, second: 14, nanosecond: 645876124, timezone: '+01:00'}),
time({hour: 12, minute: 35, second: 15, timezone: '+05:00'}),
time({hour: 12, minute: 30, second: 14, nanosecond: 645876123, timezone: '+01:01'})] AS times
WITH times
ORDER BY times DESC
LIMIT 3
RETURN times
