# Georgian date formats as Georgian sites write them: day, month, year and a 24-hour clock.
# Django's own "ka" formats use a 12-hour clock ("02:00 p.m.") and prefix dates with the weekday.
DATE_FORMAT = "j F, Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F, Y, H:i"
YEAR_MONTH_FORMAT = "F, Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
