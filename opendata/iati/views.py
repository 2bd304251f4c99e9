from django.http import HttpResponse


def activities(request):
    return HttpResponse(status=503)  # written by the IATI work in progress
